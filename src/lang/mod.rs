//! Language data, generated from `data/<language>/` by `cargo xtask codegen`: function words,
//! abbreviations and page-chrome phrases. Only English has data so far; text in other
//! languages is read with English rules (its function words then count as content).

pub(crate) mod en;
