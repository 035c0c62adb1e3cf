use super::chrome::*;
use super::layout::*;
use super::lines::*;
use super::scan::*;
use super::*;
use crate::text::hash::FxHashMap;
use crate::text::phrases::*;
use crate::text::words::*;

fn kinds(text: &str) -> Vec<(String, BlockKind)> {
    blocks(text)
        .into_iter()
        .map(|b| (text[b.span].to_string(), b.kind))
        .collect()
}

#[test]
fn word_runs_end_where_a_byte_at_a_time_scan_ends() {
    let reference = |bytes: &[u8], start: usize| {
        let mut i = start;
        let mut kinds = 0;
        while i < bytes.len() && WORD_BYTE[bytes[i] as usize] != 0 {
            kinds |= WORD_BYTE[bytes[i] as usize];
            i += 1;
        }
        (i, kinds & 2 == 0)
    };
    let mut texts: Vec<Vec<u8>> = Vec::new();
    for b in 0..=255u8 {
        for at in 0..20 {
            let mut t = b"abcdefghijklmnopqrstuvwxyz0123".to_vec();
            t[at] = b;
            texts.push(t.clone());
            t.truncate(at + 3);
            texts.push(t);
        }
    }
    texts.push("Ça va, été. Crane’s pier".as_bytes().to_vec());
    for t in &texts {
        for start in 0..t.len() {
            if WORD_BYTE[t[start] as usize] != 0 {
                assert_eq!(
                    word_run_end(t, start),
                    reference(t, start),
                    "{t:?} at {start}"
                );
            }
        }
    }
}

#[test]
fn classifies_page_chrome() {
    use BlockKind::*;
    let text = "Crane Collapse Closes North Pier\n\
                By Dana Whitlow\n\
                By Dana Whitlow | Updated 9:14 a.m.\n\
                By Tuesday, the water had receded.\n\
                Nov. 3, 2026 5:02 p.m. ET\n\
                Image Source: Port Verity Harbor Authority\n\
                \n\
                A crane collapsed on the north pier on Tuesday, officials said.\n\
                • Pier closed for two weeks\n\
                Subscribe to our newsletter for daily harbor news.\n\
                <img src=x onerror=alert(1)>\n\
                A crane collapsed on the north pier on Tuesday, officials said.\n";
    assert_eq!(
        kinds(text),
        vec![
            ("Crane Collapse Closes North Pier".into(), Heading),
            ("By Dana Whitlow".into(), Boilerplate),
            ("By Dana Whitlow | Updated 9:14 a.m.".into(), Boilerplate),
            ("By Tuesday, the water had receded.".into(), Prose),
            ("Nov. 3, 2026 5:02 p.m. ET".into(), Boilerplate),
            ("Image Source: Port Verity Harbor Authority".into(), Caption),
            (
                "A crane collapsed on the north pier on Tuesday, officials said.".into(),
                Prose
            ),
            ("Pier closed for two weeks".into(), ListItem),
            (
                "Subscribe to our newsletter for daily harbor news.".into(),
                Boilerplate
            ),
            ("<img src=x onerror=alert(1)>".into(), Markup),
            (
                "A crane collapsed on the north pier on Tuesday, officials said.".into(),
                Repeat
            ),
        ]
    );
}

#[test]
fn a_tag_closes_within_400_bytes() {
    let tag = |attributes: usize| format!("<img alt=\"{}\">", "a".repeat(attributes));
    assert!(looks_like_markup(&tag(380)));
    assert!(!looks_like_markup(
        &(tag(400) + " The pier closed on Tuesday.")
    ));
    // Twenty thousand "<" that never close, before prose, are no tags, and are read once
    // each: the search for a tag's end stops at 400 bytes.
    let unclosed = "<!--".repeat(20_000) + " The pier closed on Tuesday.";
    assert!(!looks_like_markup(&unclosed));
}

#[test]
fn has_substring_is_str_contains() {
    for (hay, needle) in [
        ("subscribe to our newsletter", "newsletter"),
        ("subscribe to our newsletter", "news letter"),
        ("ab", "abc"),
        ("", ""),
        ("abc", ""),
        ("aab", "ab"),
        ("photo by jane", "photo by "),
        ("naïve café", "é"),
    ] {
        assert_eq!(
            has_substring(hay, needle),
            hay.contains(needle),
            "{hay:?} {needle:?}"
        );
    }
}

#[test]
fn byte_searches_are_strs_char_searches() {
    let texts = [
        "",
        ".",
        "a.b",
        "The pier. It held.",
        "no stops here at all, none",
        "naïve café. «Oui.» 港口。 end.",
        "........",
        "0123456.89abcdef.",
        "x\ny\n\nz",
    ];
    for text in texts {
        for b in [b'.', b' ', b'\n', b'|', b'<'] {
            let c = char::from(b);
            for from in 0..=text.len() {
                let Some(rest) = text.get(from..) else {
                    continue;
                };
                assert_eq!(
                    find_byte(text.as_bytes(), from, b),
                    rest.find(c).map(|i| from + i),
                    "{text:?} {from} {c:?}"
                );
            }
            let ours: Vec<&str> = split_at_byte(text, b).collect();
            let std: Vec<&str> = text.split(c).collect();
            assert_eq!(ours, std, "{text:?} {c:?}");
        }
    }
}

#[test]
fn chrome_inside_a_paragraph_is_left_to_the_sentence_stage() {
    let k = kinds("The pier closed on Tuesday. Subscribe to our newsletter for more.");
    assert_eq!(k[0].1, BlockKind::Prose);
    // Except for an embedded video's paragraph, its caption and credit line included.
    let k = kinds(
        "EMBED More News Videos First look at the new ferry terminal. Dana Whitfield \
         reports during Island News at 6pm on March 3, 2025.",
    );
    assert_eq!(k[0].1, BlockKind::Boilerplate);
    assert_eq!(
        chrome_kind("Subscribe to our newsletter for more."),
        Some(BlockKind::Boilerplate)
    );
    assert_eq!(chrome_kind("The pier closed on Tuesday."), None);
    assert_eq!(
        chrome_kind("This feature is not available right now."),
        Some(BlockKind::Boilerplate)
    );
    assert_eq!(
        chrome_kind(
            "1 of 6 Full Screen Autoplay Close Skip Ad × The crane lies across the north \
             pier of Port Verity on Tuesday View Photos Harbor officials said the pier \
             would stay closed for two weeks while engineers inspect it."
        ),
        Some(BlockKind::Caption)
    );
    assert_eq!(
        chrome_kind("Rating is available when the video has been rented."),
        Some(BlockKind::Boilerplate)
    );
    assert_eq!(
        chrome_kind("The interactive transcript could not be loaded."),
        Some(BlockKind::Boilerplate)
    );
    assert_eq!(
        chrome_kind("The feature is not finished, the mayor said."),
        None
    );
}

#[test]
fn joins_lines_broken_mid_sentence() {
    let k = kinds("The council voted on Monday to\nraise the levee by two meters.\nNext line.");
    assert_eq!(
        k[0].0,
        "The council voted on Monday to\nraise the levee by two meters."
    );
    assert_eq!(k[0].1, BlockKind::Prose);
    assert_eq!(k.len(), 2);
}

#[test]
fn text_wrapped_at_a_fixed_width_is_read_as_paragraphs() {
    let wrapped = "Council Votes to Close the Old Ferry Pier of Port Ellis\n\
                   The Port Ellis council voted 5-2 on Tuesday to close the old ferry pier after\n\
                   Harbor Master Elena Ruiz told members that its pilings were rotting and that\n\
                   a collapse could come any day now, according to a report she presented.\n\
                   \n\
                   The pier, built in 1931, will be demolished next spring at a cost of about\n\
                   $1.2 million, officials said.\n";
    assert_eq!(
        wrap_width(wrapped, &lines(wrapped).collect::<Vec<_>>()),
        Some(77)
    );
    let k = kinds(wrapped);
    assert_eq!(k[0].1, BlockKind::Heading, "{k:?}");
    assert_eq!(k[1].1, BlockKind::Prose, "{k:?}");
    assert!(k[1].0.starts_with("The Port Ellis") && k[1].0.ends_with("she presented."));
    assert!(k[2].0.starts_with("The pier") && k[2].0.ends_with("officials said."));
    assert_eq!(k.len(), 3);
    // A page copied from a browser: one line per paragraph. Its sentence-case headline is
    // not joined to the paragraph below it.
    let page = "Officials say the old ferry pier of Port Ellis will close next spring\n\
                By Dana Whitlow\n\
                The Port Ellis council voted 5-2 on Tuesday to close the old ferry pier after Harbor Master Elena Ruiz told members that its pilings were rotting.\n\
                The pier, built in 1931, will be demolished next spring at a cost of about $1.2 million, officials said.\n";
    assert_eq!(wrap_width(page, &lines(page).collect::<Vec<_>>()), None);
    assert_eq!(kinds(page).len(), 4);
    // A PDF copy: lines that end in names, in "?the" and in a "?" that stood for a
    // quotation mark all go on.
    let pdf = "On January 29, 2018, the House Permanent Select Committee on Intelligence\n\
               (hereinafter ?the Committee?) voted to disclose a memorandum provided to the\n\
               Committee in connection with its oversight activities (the ?Memorandum,?\n\
               which is attached to this letter).\n";
    let k = kinds(pdf);
    assert_eq!(k.len(), 1, "{k:?}");
    assert!(k[0].0.ends_with("this letter)."));
    // A line that opens with a comma goes on from the line before, in any script.
    let commas = "Three of the men appeared in the video\n\
                  , and so did a fourth\n\
                  ، حسيب حسين، في شريط الفيديو.\n";
    let k = kinds(commas);
    assert_eq!(k.len(), 1, "{k:?}");
    // A list item wrapped onto the next line goes on there; the next item is its own.
    let items = "The committee found that the harbor board had not disclosed its sources to\n\
                 the court when it asked for a warrant to search the offices of the ferry\n\
                 company, and it said so in the report that it sent to the council on Friday\n\
                 after a hearing that lasted most of the week and drew a crowd of dock workers\n\
                 and their families to the hall on the corner of Harbor Street and Pier Road.\n\
                 - The report does not corroborate the claims because it is derived from what\n\
                 was leaked by the contractor himself to the Port Ellis Ledger last spring.\n\
                 - The board has not answered the committee's letter, a spokesman said.\n";
    let k = kinds(items);
    assert_eq!(k.len(), 3, "{k:?}");
    assert!(k[1].0.ends_with("last spring."), "{k:?}");
}

#[test]
fn an_article_without_prose_keeps_its_paragraphs_of_sentences() {
    use BlockKind::*;
    // A post pasted whole, its last full stop missing: the article's text, not a heading.
    let post = "The ferry crew are all safe, the skipper wrote. We spent the night on the pier \
                and it was cold. Thank you for all your messages ❤️";
    assert_eq!(kinds(post), vec![(post.into(), Prose)]);
    let titled = format!("Ferry Crew Safe\n\n{post}");
    assert_eq!(
        kinds(&titled),
        vec![("Ferry Crew Safe".into(), Heading), (post.into(), Prose)]
    );
    // Captions and embedded posts end in their credit: kept out all the same.
    for gallery in [
        "The ferry at the Vallen pier on Tuesday. Its crew were brought ashore. (AP Photo/Dana Ruiz)",
        "The ferry crew are all safe. Thank you all. — Dana Ruiz (@danaruiz) May 1, 2026",
        "The ferry at the Vallen pier on Tuesday. Its crew were brought ashore on... (Vallen Post)",
    ] {
        assert_eq!(kinds(gallery).len(), 1);
        assert_ne!(kinds(gallery)[0].1, Prose, "{gallery}");
    }
    // Beside prose the same shape is a caption's or an embed's, kept out.
    let page = format!("The ferry crew were rescued on Tuesday, the coast guard said.\n\n{post}");
    assert_eq!(kinds(&page)[1].1, Heading);
}

#[test]
fn a_paragraph_with_a_box_of_headlines_glued_to_its_end_is_prose() {
    use BlockKind::*;
    // The box's headlines run on from the last full stop without a space, and never end as
    // a sentence does: the paragraph is prose (the sentence stage finds the box broken).
    let lead = "The ferry crew were rescued on Tuesday, the coast guard said.";
    let glued = "Captain Ruth Alvarez said the crew were safe. The line will pay for the \
                 repairs.Captain Ruth Alvarez Ferry Fares Rise Again Harbor Cleanup Begins MORE";
    let page = format!("{lead}\n\n{glued}");
    assert_eq!(kinds(&page)[1], (glued.into(), Prose));
    // A caption's credit stands apart from its last full stop: still kept out.
    let caption =
        "The ferry at the Vallen pier on Tuesday. Its crew were brought ashore. Dana Ruiz";
    let page = format!("{lead}\n\n{caption}");
    assert_eq!(kinds(&page)[1], (caption.into(), Heading));
}

#[test]
fn a_line_of_dialogue_is_prose_and_a_dash_list_is_not() {
    use BlockKind::*;
    // Russian news writes a quotation after a dash, its speaker after another.
    for line in [
        "— Мы не откроем мост раньше чем через три недели, — сказал городской инженер.",
        "— Кто заплатит за ремонт? — спросил журналист.",
        "– Nous rouvrirons le pont, – a dit le maire.",
        "— Não vamos reabrir a ponte antes de três semanas — disse o engenheiro.",
    ] {
        assert_eq!(kinds(line), vec![(line.into(), Prose)], "{line}");
    }
    for item in [
        "— Мост закрыт до конца месяца.",
        "- Ferry timetable — Harbor news",
        "— Two piers cracked, — Three weeks of repairs",
        "— Ponte fechada — obras começam em março",
    ] {
        assert_eq!(kinds(item)[0].1, ListItem, "{item}");
    }
}

#[test]
fn an_embedded_posts_notices_are_chrome() {
    for line in [
        "You can add location information to your Tweets, such as your city or precise location.",
        "You always have the option to delete your Tweet location history.",
        "Add this Tweet to your website by copying the code below.",
        "Dow Jones Reprints: This copy is for your personal, non-commercial use only.",
    ] {
        assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
    }
}

#[test]
fn notices_disclosures_and_a_players_fallback_are_chrome() {
    for line in [
        "We've noticed you're using an ad blocker.",
        "Please disable your ad-blocker to keep reading.",
        "Please consider supporting our journalism.",
        "Your browser does not support the video tag.",
        "Sorry, your browser doesn't support embedded videos.",
        "Audio will be available later today.",
        "This post may contain affiliate links.",
        "We may earn a commission if you buy through them.",
        "The views expressed in this article are the author's own.",
    ] {
        assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
    }
    // A story about ad blockers is news, and so are views expressed at a meeting.
    for news in [
        "Sales of ad blockers rose by a third last year, the trade group said.",
        "The views expressed at the meeting were sharply divided, the mayor said.",
        "The streaming service said its subscribers only watched the first episode.",
        "Die Plattform gewann im Quartal fünf Millionen Abonnenten hinzu.",
    ] {
        assert_eq!(chrome_kind(news), None, "{news}");
    }
}

#[test]
fn other_languages_notices_and_inline_pointers_are_chrome_and_their_prose_is_not() {
    for line in [
        "Lire aussi : Les ponts du comté sont-ils en danger ?",
        "Cet article est réservé aux abonnés.",
        "Votre navigateur ne prend pas en charge la lecture de vidéos.",
        "Vous utilisez un bloqueur de publicités.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Lee también: Los puentes del condado, en riesgo",
        "Utilizamos cookies para mejorar su experiencia.",
        "Contenido exclusivo para suscriptores.",
        "Síguenos en Instagram.",
        "Suscríbete para recibir las noticias del día.",
        "Publicité",
        "Pubblicità",
        "Lesen Sie auch: Sind die Brücken des Landkreises sicher?",
        "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.",
        "Bitte deaktivieren Sie Ihren Werbeblocker.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Leggi anche: I ponti della provincia sono a rischio?",
        "Il tuo browser non supporta il tag video.",
        "Leia também: As pontes do condado estão em risco?",
        "Clique aqui para receber as notícias.",
    ] {
        assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
    }
    for prose in [
        "Une alerte au tsunami a été initialement publiée, puis levée peu après.",
        "Les ingénieurs ont lu aussi les rapports des inspections précédentes.",
        "El puente seguirá cerrado al menos una semana, según los ingenieros.",
        "Die Brücke bleibt mindestens eine Woche gesperrt, sagten die Ingenieure.",
        "Il ponte resterà chiuso per almeno una settimana, hanno detto i tecnici.",
        "A ponte ficará fechada por pelo menos uma semana, disseram os engenheiros.",
    ] {
        assert_eq!(chrome_kind(prose), None, "{prose}");
    }
}

#[test]
fn chrome_of_other_scripts_is_known_by_its_words_and_by_how_its_line_opens() {
    for line in [
        "Подписывайтесь на наш канал в Telegram.",
        "Все права защищены.",
        "Ваш браузер не поддерживает видео.",
        "Všechna práva vyhrazena.",
        "Όλα τα δικαιώματα διατηρούνται.",
        "جميع الحقوق محفوظة.",
        "כל הזכויות שמורות.",
        "Bản quyền thuộc về báo Tin Tức.",
        "सर्वाधिकार सुरक्षित।",
        "हमें फॉलो करें ट्विटर पर।",
        "सब्सक्राइब करें।",
    ] {
        assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
    }
    for caption in [
        "Фото: Иван Петров",
        "Zdroj: ČTK",
        "Φωτογραφία: Reuters",
        "צילום: רויטרס",
        "图片来源：新华社",
        "写真：共同通信",
    ] {
        assert_eq!(chrome_kind(caption), Some(BlockKind::Caption), "{caption}");
    }
    for byline in [
        "Опубликовано 4 мая 2026",
        "责任编辑：王明",
        "更新日時：2026年5月4日",
    ] {
        assert_eq!(
            chrome_kind(byline),
            Some(BlockKind::Boilerplate),
            "{byline}"
        );
    }
    for label in [
        "Читайте также",
        "Čtěte také",
        "Διαβάστε επίσης",
        "اقرأ أيضا",
        "यह भी पढ़ें",
        "相关阅读",
        "関連記事",
    ] {
        assert!(is_link_label(label), "{label}");
    }
    // Their words in news prose are news.
    for prose in [
        "Мост закрыт на неделю, сообщили в понедельник инженеры округа.",
        "המפגינים קראו גם להתפטרות השר, כך נמסר.",
        "Người dân có thể xem thêm thông tin trên trang web của tỉnh.",
        "Bộ trưởng chia sẻ về kế hoạch sửa cầu trong tuần tới.",
        "कंपनी के शेयर सोमवार को दस प्रतिशत गिर गए।",
    ] {
        assert_eq!(chrome_kind(prose), None, "{prose}");
    }
}

#[test]
fn link_farm_is_boilerplate() {
    let k = kinds(
        "The ferry resumed service on Friday after repairs.\n\
         Celebrity chef opens seaside diner\n\
         Ten gadgets you need this winter\n\
         Why rents keep rising?\n\
         Local team wins regional final\n",
    );
    assert_eq!(k[0].1, BlockKind::Prose);
    assert!(
        k[1..]
            .iter()
            .all(|(_, kind)| *kind == BlockKind::Boilerplate),
        "{k:?}"
    );
}

#[test]
fn links_under_their_label_are_boilerplate_though_they_end_as_sentences() {
    let k = kinds(
        "Crew members handed out blankets while the ship waited for the tide.\n\n\
         Recommended for you:\n\
         Is this the end of the island's summer ferry?\n\
         Why the Brenna bridge project keeps getting delayed.\n\
         Ten photos of the storm that hit the coast last week.\n\n\
         The harbor authority will publish its findings within a month, a spokesman said.\n",
    );
    assert_eq!(k[0].1, BlockKind::Prose, "{k:?}");
    assert!(
        k[2..5]
            .iter()
            .all(|(_, kind)| *kind == BlockKind::Boilerplate),
        "{k:?}"
    );
    assert_eq!(k[5].1, BlockKind::Prose, "the article goes on: {k:?}");
    // A heading of the article's own that happens to start like a label, over one short
    // paragraph and then the story, takes nothing with it.
    let k = kinds(
        "Related costs\n\
         The repairs will cost 2 million kronor.\n\n\
         The ferry line said the insurer would pay for most of the repairs to the hull.\n",
    );
    assert_eq!(k[1].1, BlockKind::Prose, "{k:?}");
}

#[test]
fn news_sentences_with_the_words_of_other_languages_prompts_are_not_chrome() {
    // Each shares a word or two with a prompt of its language's chrome.tsv ("Google News",
    // "app", "share", "subscribe", "register"), and is a sentence of a story.
    for s in [
        "Google News will close in Spain next month, the company said.",
        "Người dân có thể tải ứng dụng VNeID từ tháng sau.",
        "アプリで決済する人が増えている。",
        "شارك هذا الأسبوع في المؤتمر",
        "دعت النقابة العمال للاشتراك في الإضراب.",
        "Zaregistrovat se mohou voliči do pátku, uvedl úřad.",
        "Η εφαρμογή κατέβηκε από το κατάστημα την Παρασκευή.",
        "लोगों ने गूगल न्यूज़ के फैसले की आलोचना की।",
        "La descarga del grano en el puerto se retrasó el viernes.",
        "La nave scarica il grano nel porto di Valle Alta.",
        "회사는 뉴스레터를 통해 조사 결과를 발표했다.",
    ] {
        assert_eq!(chrome_kind(s), None, "{s}");
    }
}

#[test]
fn a_paragraph_of_japanese_among_headings_is_prose() {
    // A menu, a headline, a time stamp and an unknown credit line are short lines; the lead
    // between them, one "word" between spaces, is 21 words as budgets count them.
    let k = kinds(
        "トップ ＞ 社会 ＞ 災害\n\n\
         大雨で川が氾濫　住民800人が避難\n\n\
         2026年7月10日 6時30分\n\n\
         9日夜から降り続いた大雨の影響で、みどり川が氾濫し、市は住民約800人に避難指示を出しました。\n\n\
         写真提供＝読者\n",
    );
    assert_eq!(k[3].1, BlockKind::Prose, "{k:?}");
}

#[test]
fn newsletter_prompts_of_other_languages_are_chrome() {
    for s in [
        "Iscriviti alla nostra newsletter per ricevere le notizie ogni mattina.",
        "Assine nossa newsletter e receba as principais notícias do dia.",
        "Suscríbete a nuestra newsletter y recibe cada mañana lo más importante.",
        "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr.",
        "Đăng ký nhận bản tin của chúng tôi để không bỏ lỡ tin tức mới nhất.",
        "写真＝氾濫したみどり川（読者提供）",
        "뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요.",
        "<저작권자 © 부산일보, 무단 전재 및 재배포 금지>",
        "사진=부산소방재난본부 제공",
        "입력 2026.04.02 09:12",
    ] {
        assert!(chrome_kind(s).is_some(), "{s}");
    }
}

#[test]
fn a_news_sentence_among_chrome_headings_is_prose_and_list_descriptions_are_not() {
    let k = kinds(
        "SEE ALSO: Port Ellis council approves new budget\n\
         Scroll down for video\n\
         Mayor Joan Pike called the strike \"deeply irresponsible\" and said the city had offered 4 percent.\n\
         Recommended by Outbrain\n\
         Sponsored Content: These 10 gadgets are flying off the shelves\n",
    );
    assert_eq!(k[2].1, BlockKind::Prose, "{k:?}");
    // A list of products, each with a line that ends like a sentence.
    let k = kinds(
        "Harbor Tours\n\
         A boat ride around the old port with a guide who knows its history.\n\
         Lighthouse Walk\n\
         A climb to the top of the north light for a view of the whole bay.\n\
         Fish Market\n\
         Fresh catch every morning.\n\
         Night Ferry\n",
    );
    assert!(
        k.iter().all(|(_, kind)| *kind == BlockKind::Boilerplate),
        "{k:?}"
    );
}

#[test]
fn every_chrome_pattern_is_found_in_a_short_line_and_triggers_work() {
    for p in chrome::CAPTION_CONTAINS
        .items()
        .iter()
        .chain(chrome::BOILERPLATE.items().iter())
        .chain(chrome::BIOGRAPHY.items().iter())
        .chain(chrome::NAV_BOILERPLATE.items().iter())
    {
        assert!(chrome_kind(p).is_some(), "{p:?} alone is not chrome");
    }
    assert_eq!(
        chrome_kind("Subscribe to our newsletter to get the latest news from the harbor and the port every morning."),
        Some(BlockKind::Boilerplate)
    );
    let news = "The crane collapsed on Tuesday, and all the workers read more about it later.";
    assert_eq!(trigger(news), Trigger::Common);
    assert_eq!(
        trigger("The crane collapsed on Tuesday, officials said."),
        Trigger::None
    );
    assert_eq!(trigger("Photo: the crane"), Trigger::Rare);
    // Reuse notices and the reporter's address; prose that mentions where something
    // first appeared is not chrome.
    for line in [
        "This article originally appeared on Valley Times.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Contact the reporter at jdoe@valleynews.example.",
        "You have 2 free articles left this month.",
        "Please enable JavaScript to view this content.",
        "This is a developing story and will be updated.",
        "AP writer Sam Lee in Port Ellis contributed.",
        "You must be logged in to comment.",
        "Be the first to comment on this story.",
        "Comments are closed for this article.",
        "By continuing to browse, you agree to our use of cookies.",
        "This website stores cookies on your computer to improve your experience.",
        "Correction: An earlier version of this story misstated the number of crew members.",
        "An earlier version of this article gave the wrong date for the vote on the levee.",
        "Clarification: The ferry operator is Kellan Sound Lines, not Kellan Ferries.",
        "Dana Whitfield is a staff reporter covering transportation and the islands.",
        "Ravi Osei is a senior correspondent based in Harrow Point for the Island Daily.",
        "Breaking News Emails Get breaking news alerts and special reports.",
        "The news and stories that matter, delivered weekday mornings.",
        "EMBED More News Videos First look at the new ferry terminal at Harrow Point.",
        "Watch the report from Dana Whitfield on Island News at 6 p.m. on March 3, 2025.",
    ] {
        assert_eq!(chrome_kind(line), Some(BlockKind::Boilerplate), "{line}");
    }
    // News about corrections and about reporters is news.
    for line in [
        "The agency issued a correction on Tuesday after its flood map put the levee a mile too far north.",
        "The reporter who filmed the collapse said the crane swayed for a minute before it fell.",
        "Mara Quinn, a writer for the Island Daily, was among the 212 passengers rescued on Monday.",
    ] {
        assert_eq!(chrome_kind(line), None, "{line}");
    }
    assert_eq!(
        chrome_kind(
            "The cartoon, which originally appeared in a magazine in 1925, sold for \
             $20,000 at an auction in Port Ellis on Tuesday."
        ),
        None
    );
    // News of comments is news.
    for line in [
        "The mayor declined to comment on the flood.",
        "Residents can comment on the plan until May.",
    ] {
        assert_eq!(chrome_kind(line), None, "{line}");
    }
    // A web archive's notice pasted with an archived article is chrome, sentence by
    // sentence, even in a long paragraph.
    assert_eq!(
        chrome_kind("These crawls are part of an effort to keep the pages of the web readable after they change."),
        Some(BlockKind::Boilerplate)
    );
    assert_eq!(
        chrome_kind(
            "Snapshots like this one come from the Wayback Machine of a nonprofit library."
        ),
        Some(BlockKind::Boilerplate)
    );
}

#[test]
fn the_phrase_lists_between_bars_read_back_as_written() {
    // Leading and trailing spaces kept ("\x20is a" in the generated file), nothing empty.
    let biography = chrome::BIOGRAPHY.items();
    assert!(!biography.is_empty());
    assert!(
        biography.iter().all(|p| p.starts_with(" is a ")),
        "{biography:?}"
    );
    assert!(chrome::CAPTION_CONTAINS.items().contains(&"photo by "));
    assert!(chrome::BOILERPLATE.items().contains(&"our newsletter"));
    for list in [
        &chrome::CAPTION_STARTS,
        &chrome::CAPTION_CONTAINS,
        &chrome::BOILERPLATE,
        &chrome::NAV_BOILERPLATE,
        &chrome::BYLINE_STARTS,
    ] {
        assert!(list.items().len() > 5);
        assert!(list
            .items()
            .iter()
            .all(|p| !p.trim().is_empty() && !p.contains('|')));
    }
}

#[test]
fn byte_pairs_never_rule_out_a_pattern_present() {
    for p in chrome::CAPTION_CONTAINS
        .items()
        .iter()
        .chain(chrome::BOILERPLATE.items().iter())
        .chain(chrome::NAV_BOILERPLATE.items().iter())
    {
        for text in [
            p.to_string(),
            format!("on tuesday {p} and more"),
            format!("«{p}»"),
        ] {
            assert!(BytePairs::of(&text).may_contain(p), "{p:?} in {text:?}");
        }
    }
    let prose = BytePairs::of("the crane collapsed onto the north pier on tuesday.");
    let ruled_out = chrome::BOILERPLATE
        .items()
        .iter()
        .filter(|p| !prose.may_contain(p))
        .count();
    assert!(
        ruled_out * 10 >= chrome::BOILERPLATE.items().len() * 8,
        "{ruled_out}"
    );
}

#[test]
fn headline_case_is_title_case_or_capitals() {
    for headline in [
        "Frances Bean Cobain Hubby Wants FAT Allowance You Left Me Broke!",
        "Universal Pictures Benicio Del Toro as The Wolfman.",
        "[Solar Quiz: How Well Do You Know Our Sun?]",
        "NEW AT 5:00, A COUNTY MOM IS ACCUSED OF TAKING HER NEWBORN TO THE HOSPITAL.",
    ] {
        assert!(headline_case(headline), "{headline}");
    }
    for prose in [
        "The Harbor Authority of Port Verity closed Pier 4 on Tuesday after a crane collapsed.",
        "Mayor Dana Whitlow told the Verity Gazette that the U.S. Coast Guard would help.",
        "It predicted that the area would be closed for weeks.",
        "Short One Two.",
    ] {
        assert!(!headline_case(prose), "{prose}");
    }
}

#[test]
fn count_words_counts_as_split_whitespace() {
    for text in [
        "",
        "  ",
        "one",
        " two  words ",
        "tab\tand\nnew\u{b}line\u{c}feed\rreturn",
        "no\u{a0}break and\u{2009}thin\u{3000}ideographic",
        "a\u{a0} b \u{2003}c\u{85}d\u{a0}",
        "«Ça va» — très bien…",
        "港口 closed",
    ] {
        assert_eq!(
            count_words(text, usize::MAX),
            text.split_whitespace().count(),
            "{text:?}"
        );
        assert_eq!(count_words(text, 2), text.split_whitespace().count().min(2));
    }
}

#[test]
fn count_words_on_every_short_string() {
    let alphabet = [
        'a', ' ', '\u{a0}', '\u{85}', 'é', '\u{2003}', '\n', '\u{b}', '港', '\u{c2}',
    ];
    let mut text = String::new();
    for n in 0..alphabet.len().pow(4) {
        text.clear();
        let mut k = n;
        for _ in 0..4 {
            text.push(alphabet[k % alphabet.len()]);
            k /= alphabet.len();
        }
        assert_eq!(
            count_words(&text, usize::MAX),
            text.split_whitespace().count(),
            "{text:?}"
        );
    }
}

#[test]
fn multibyte_spaces_are_the_unicode_white_space() {
    for c in '\u{80}'..='\u{ffff}' {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        assert_eq!(is_multibyte_space(bytes), c.is_whitespace(), "{c:?}");
    }
}

#[test]
fn count_words_on_long_mixed_strings() {
    // Strings long enough for the eight-byte groups, built from every ASCII byte and
    // some non-ASCII spaces and letters, by a fixed generator.
    let mut alphabet: Vec<char> = (0u8..0x80).map(char::from).collect();
    alphabet.extend([
        '\u{a0}', '\u{85}', 'é', '\u{2003}', '港', '\u{3000}', '\u{1680}', '\u{2028}', '\u{2029}',
        '\u{202f}', '\u{205f}', '\u{200b}', '“', '—', '\u{2060}', 'Ā',
    ]);
    let mut state: u64 = 7;
    let mut text = String::new();
    for round in 0..20_000 {
        text.clear();
        for _ in 0..(round % 40) {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let r = (state >> 33) as usize;
            // Spaces and letters most of the time, any other character sometimes.
            let c = match r % 4 {
                0 => ' ',
                1 => 'a',
                _ => alphabet[(r >> 8) % alphabet.len()],
            };
            text.push(c);
        }
        let expected = text.split_whitespace().count();
        assert_eq!(count_words(&text, usize::MAX), expected, "{text:?}");
        assert_eq!(count_words(&text, 3), expected.min(3), "{text:?}");
    }
}

#[test]
fn trigger_lists_are_sorted_for_their_binary_search() {
    for list in [
        &scan::RARE_TRIGGERS,
        &scan::COMMON_TRIGGERS,
        &scan::OTHER_RARE_TRIGGERS,
        &scan::OTHER_COMMON_TRIGGERS,
    ] {
        let items = list.items();
        assert!(items.windows(2).all(|w| w[0] < w[1]), "{items:?}");
    }
    assert!(scan::RARE_TRIGGERS
        .items()
        .iter()
        .chain(scan::COMMON_TRIGGERS.items())
        .all(|w| w.is_ascii()));
    assert!(!scan::OTHER_RARE_TRIGGERS.items().is_empty());
}

#[test]
fn trigger_words_pass_the_bloom_filters() {
    let ascii = scan::RARE_TRIGGERS.items().iter();
    for word in ascii.chain(scan::COMMON_TRIGGERS.items()) {
        let (w, n) = (word.as_bytes(), word.len());
        assert!(TRIGGER_BLOOM.may_contain(n, w[0], w[n - 1]), "{word:?}");
        assert!(
            TRIGGER_BLOOM_INSIDE.may_contain(n, w[1], w[n - 2]),
            "{word:?}"
        );
        assert_ne!(trigger(&word.to_uppercase()), Trigger::None, "{word}");
    }
    for word in ["подписывайтесь", "קבלו", "जुड़िए", "gửi"] {
        assert_ne!(trigger(word), Trigger::None, "{word}");
    }
    // Most words of news are no trigger, and the filters say so without a look-up.
    let inside = |w: &str| {
        let (b, n) = (w.as_bytes(), w.len());
        TRIGGER_BLOOM.may_contain(n, b[0], b[n - 1])
            && TRIGGER_BLOOM_INSIDE.may_contain(n, b[1], b[n - 2])
    };
    let passed = [
        "he", "an", "one", "which", "can", "its", "new", "like", "says", "over",
    ]
    .into_iter()
    .filter(|w| inside(w))
    .count();
    assert!(passed < 5, "{passed} of 10 common words let through");
}

#[test]
fn fingerprints_ignore_case_spacing_and_punctuation() {
    assert_eq!(
        fingerprint("The Pier, closed!"),
        fingerprint("the pier   closed")
    );
    assert_ne!(
        fingerprint("the pier closed"),
        fingerprint("the pierclosed")
    );
    assert_eq!(fingerprint("Ça va, ÉTÉ").1, 3);
    assert_eq!(
        fingerprint("“Hello,” said Ève."),
        fingerprint("HELLO SAID ève")
    );
    assert_ne!(fingerprint("abcdefgh ij"), fingerprint("abcdefghij"));
}

#[test]
fn fingerprints_are_equal_when_the_lowercase_words_are() {
    // Random short texts over a small alphabet, so that many share their words.
    let alphabet = [
        "a", "B", "é", "É", "1", " ", ",", "“", "’", "©", "ab", "x", "Pier", "pIER", "ß",
    ];
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut state: u64 = 11;
    let mut seen: FxHashMap<u64, Vec<String>> = FxHashMap::default();
    let mut distinct = 0;
    for case in 0..50_000 {
        let mut text = String::new();
        for _ in 0..case % 14 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(alphabet[(state >> 33) as usize % alphabet.len()]);
        }
        let (hash, n) = fingerprint(&text);
        let w = words(&text);
        assert_eq!(n, w.len(), "{text:?}");
        let earlier = seen.entry(hash).or_insert_with(|| {
            distinct += 1;
            w.clone()
        });
        assert_eq!(*earlier, w, "{text:?}");
    }
    assert!(distinct > 10_000, "{distinct}");
}

#[test]
fn bullets_and_numbers() {
    // The marker's length; the white space after it is trimmed by the caller.
    assert_eq!(bullet_len("- a point"), 1);
    assert_eq!(bullet_len("12. a point"), 3);
    assert_eq!(bullet_len("(b) a point"), 3);
    assert_eq!(bullet_len("-5 degrees overnight."), 0);
    assert_eq!(bullet_len("2026 was a year."), 0);
    assert_eq!(bullet_len("3.5 million people."), 0);
    assert_eq!(bullet_len("•"), 0);
    assert_eq!(
        bullet_len("👉 Detours will send traffic over the Harbor Bridge."),
        4
    );
    assert_eq!(bullet_len("➡\u{fe0f} Ferries run every 15 minutes."), 6);
    assert_eq!(bullet_len("✅ No injuries"), 3);
    assert_eq!(bullet_len("👉"), 0);
}

#[test]
fn syndicated_copies_are_one_source() {
    let wire = "The storm reached the coast late on Sunday night with strong winds.\n\
                Thousands of homes lost power across the three northern districts.";
    let articles = [
        Article::new(wire),
        Article::new(format!("Heading\n{wire}\nSubscribe now.")),
        Article::new("Officials in the capital said the storm caused little damage there overall."),
    ];
    let (docs, sources) = documents(&articles);
    assert_eq!(sources, 2);
    assert_eq!(docs[1].duplicate_of, Some(0));
    assert_eq!(docs[1].source_group, 0);
    assert_eq!(docs[2].source_group, 1);
}
