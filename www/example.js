// A made-up story, told by three made-up outlets, with the mess real pages carry.
export const EXAMPLE = [
  {
    title: "Verity Ledger",
    text: `Crane Collapses at Port Verity
By Dana Whitlow
Image Source: Port Verity Harbor Authority

A 60-meter container crane collapsed onto the north pier of Port Verity on Tuesday morning, and the harbor authority closed the pier for at least two weeks.

No one was injured in the collapse, harbor master Elena Ruiz said, because the morning shift had not yet started.

“We were lucky,” Ms. Ruiz said. “Ten minutes later and there would have been forty people on that pier.”

Subscribe to our newsletter for daily harbor news.`,
  },
  {
    title: "Coastline Daily",
    text: `What we know
• The crane fell at about 6:40 a.m.
• No injuries reported

A container crane collapsed at Port Verity's north pier early on Tuesday, and the pier will stay closed for two weeks while engineers inspect it.

Harbor master Elena Ruiz said nobody was hurt because the crane fell before the morning shift began.

The U.S. Coast Guard sent an inspector to the scene, and Mr. Tomas Brandt of the dockworkers' union said the union had warned about the crane's brakes last year.`,
  },
  {
    title: "Harbor Times",
    text: `The dockworkers' union warned port managers last year about the brakes of the crane that collapsed at Port Verity on Tuesday, union leader Tomas Brandt said.

The north pier will stay closed for two weeks, and ships will move to the south pier, the harbor authority said.

Shares in Halvard Lifting Inc. fell 4.5 percent after the collapse.

Copyright © 2026 Harbor Times. All rights reserved.`,
  },
];
