//! Summaries of news in other languages: each article's language detected and reported, its
//! words read with its own rules, a language forced, and text in any script handled.

mod common;

use common::fixture;
use corroborate::{summarize, Article, ErrorKind, Language, Options, Summary};

fn pont() -> Vec<Article> {
    fixture("pont-ferme.txt")
}

/// French page chrome of the fixture that must never be quoted.
const CHROME_FR: &[&str] = &[
    "Publié le",
    "Mis à jour",
    "Crédit photo",
    "lire aussi",
    "marchés de Noël",
    "conservatoire",
    "Abonnez-vous",
    "Tous droits",
    "Sur le même sujet",
    "rue des Lilas",
    "Partager sur",
    "Photo :",
    "navigateur",
    "quais de Lavande",
    "abonnés",
    "bloqueur",
    "journalisme",
    "cookies",
];

fn assert_faithful(articles: &[Article], summary: &Summary) {
    for s in &summary.sentences {
        assert_eq!(s.text, &articles[s.article].text[s.span.clone()]);
        for chrome in CHROME_FR {
            assert!(
                !s.text.contains(chrome),
                "chrome {chrome:?} in {:?}",
                s.text
            );
        }
    }
}

/// `articles` summarized at 400 words, more than their stories' prose, so that every
/// sentence of news is quoted and whatever the pages leave in fills the budget; checked
/// faithful ([`assert_faithful`]).
fn long_summary(articles: &[Article]) -> Summary {
    let options = Options {
        max_words: Some(400),
        ..Options::default()
    };
    let summary = summarize(articles, &options).unwrap();
    assert_faithful(articles, &summary);
    summary
}

/// The text of each sentence `summary` quotes.
fn quoted(summary: &Summary) -> Vec<&str> {
    summary.sentences.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn french_articles_are_detected_and_summarized_without_their_chrome() {
    let articles = pont();
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert!(summary
        .articles
        .iter()
        .all(|a| a.language == Language::French));
    assert_faithful(&articles, &summary);
    assert!(!summary.sentences.is_empty());
    // The closure is what all four outlets report: it leads, corroborated.
    let top = summary.sentences.iter().max_by_key(|s| s.sources).unwrap();
    assert!(top.text.contains("deux semaines"), "{:?}", top.text);
    assert!(top.sources >= 3, "{top:?}");
    // "M. Rémi Castel" is not cut after "M.".
    for s in &summary.sentences {
        assert!(!s.text.ends_with(" M."), "{:?}", s.text);
    }
}

#[test]
fn french_chrome_is_left_out_of_a_long_summary_too() {
    // At 400 words the story's sentences run out before the budget: whatever is left of
    // the pages must not fill it.
    let articles = pont();
    let summary = long_summary(&articles);
    assert!(summary.sentences.len() >= 4, "{:?}", summary.sentences);
}

#[test]
fn french_key_facts_are_names_and_phrases_not_function_words() {
    let summary = summarize(&pont(), &Options::default()).unwrap();
    let facts: Vec<&str> = summary.key_facts.iter().map(|f| f.text.as_str()).collect();
    assert!(facts.iter().any(|f| f.contains("Roch")), "{facts:?}");
    assert!(facts.iter().any(|f| f.contains("Castel")), "{facts:?}");
    for f in &facts {
        let words: Vec<&str> = f.split_whitespace().collect();
        let all_function = words
            .iter()
            .all(|w| ["de", "la", "le", "les", "a", "à", "du", "des", "et", "que"].contains(w));
        assert!(!all_function, "{facts:?}");
    }
}

/// The key facts of a summary of `texts`, one article each, with default options: each fact's
/// text and its number of sources.
fn key_facts_of(texts: &[&str]) -> Vec<(String, usize)> {
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    summary
        .key_facts
        .into_iter()
        .map(|f| (f.text, f.sources))
        .collect()
}

#[test]
fn a_greek_month_or_day_alone_is_no_key_fact() {
    // Greek capitalizes its months and weekdays, so "Τρίτη" (Tuesday) and "Ιουλίου" (of July),
    // which every article writes, passed as names.
    let texts = [
        "Η γέφυρα του λιμανιού στη Βερίτι έκλεισε την Τρίτη, όταν οι μηχανικοί βρήκαν ρωγμές \
         σε δύο πυλώνες. Η δήμαρχος είπε ότι η επισκευή θα διαρκέσει έως τα μέσα Ιουλίου.",
        "Οι μηχανικοί βρήκαν ρωγμές σε δύο πυλώνες της γέφυρας στη Βερίτι, που έκλεισε την \
         Τρίτη. Η επισκευή θα διαρκέσει έως τα μέσα Ιουλίου, σύμφωνα με τη δήμαρχο.",
        "Κλειστή από την Τρίτη η γέφυρα στη Βερίτι: οι μηχανικοί βρήκαν ρωγμές σε δύο \
         πυλώνες και η επισκευή θα κρατήσει έως τα μέσα Ιουλίου.",
    ];
    let facts = key_facts_of(&texts);
    assert!(facts.iter().any(|(f, _)| f == "Βερίτι"), "{facts:?}");
    for date in ["Τρίτη", "Ιουλίου"] {
        assert!(facts.iter().all(|(f, _)| f != date), "{facts:?}");
    }
}

#[test]
fn hindi_key_facts_are_no_light_verbs_and_match_across_the_nukta() {
    // "करना पड़ा" ("had to"): "पड़ा" is a light verb, now a function word, so no fact ends
    // with it. "एयर फ़्रांस" and "एयर फ्रांस" (Air France, with and without the nukta) are
    // one name, which all three sources give.
    let texts = [
        "एयर फ़्रांस के विमान को मंगलवार को उड़ान रद्द करना पड़ा क्योंकि इंजीनियरों को इंजन में दरारें मिलीं।",
        "इंजीनियरों को इंजन में दरारें मिलने के बाद एयर फ्रांस को मंगलवार को उड़ान रद्द करना पड़ा।",
        "इंजन में दरारें मिलने पर एयर फ्रांस को मंगलवार को उड़ान रद्द करना पड़ा, कंपनी ने कहा।",
    ];
    let facts = key_facts_of(&texts);
    assert!(facts.iter().all(|(f, _)| !f.ends_with("पड़ा")), "{facts:?}");
    assert!(
        facts.iter().any(|(f, n)| f.starts_with("एयर") && *n == 3),
        "{facts:?}"
    );
}

#[test]
fn key_facts_of_a_language_without_rules_neither_open_nor_end_with_its_function_words() {
    // Dutch has no rules: its function words are learned from how often its sentences use
    // them, after its pairs are made. Before, "de haven van" and "een van" were key facts.
    let texts = [
        "De brug in de haven van Verity is maandag gesloten nadat een vrachtschip tegen een \
         van de pijlers was gevaren. Ingenieurs van de stad vonden scheuren in twee pijlers en \
         zeiden dat de reparatie minstens zes weken zal duren. De burgemeester zei dat de \
         veerboten elk half uur zullen varen zolang de brug dicht is.",
        "De brug in de haven van Verity werd maandag gesloten nadat een vrachtschip een van de \
         pijlers had geraakt. De ingenieurs van de stad vonden scheuren in twee pijlers. \
         Volgens de burgemeester varen de veerboten elk half uur zolang de brug dicht is. De \
         reparatie van de brug duurt minstens zes weken, zei een woordvoerder van de gemeente.",
    ];
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
    let options = Options {
        language: Some(Language::Unknown),
        ..Options::default()
    };
    let summary = summarize(&articles, &options).unwrap();
    let facts: Vec<&str> = summary.key_facts.iter().map(|f| f.text.as_str()).collect();
    assert!(facts.contains(&"Verity"), "{facts:?}");
    assert!(facts.iter().any(|f| f.contains("zes weken")), "{facts:?}");
    for f in &facts {
        let lower = f.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        for edge in [words[0], words[words.len() - 1]] {
            assert!(!["de", "van", "een", "in"].contains(&edge), "{facts:?}");
        }
    }
}

#[test]
fn inflections_corroborate_each_other() {
    // "les piles endommagées seront inspectées" / "a inspecté la pile endommagée": one stem
    // each in French ("pile", "endommag", "inspect").
    let articles = vec![
        Article::new("Les piles endommagées seront inspectées par les ingénieurs. La mairie a fermé le pont mardi."),
        Article::new("Un ingénieur a inspecté la pile endommagée. Le pont est fermé depuis mardi."),
    ];
    let first = |options: &Options| {
        let summary = summarize(&articles, options).unwrap();
        let s = summary
            .sentences
            .iter()
            .find(|s| s.text.contains("inspect"))
            .cloned();
        (summary, s)
    };
    let (summary, s) = first(&Options {
        max_words: Some(60),
        ..Options::default()
    });
    assert!(summary
        .articles
        .iter()
        .all(|a| a.language == Language::French));
    let s = s.expect("the inspection is in the summary");
    assert_eq!(s.sources, 2, "{s:?}");
}

#[test]
fn each_article_reports_its_own_language_in_a_mixed_story() {
    let articles = vec![
        Article::new("A barge struck a pier of the Saint-Roch bridge in Port-Lavande on Tuesday night, and the bridge will stay closed for at least two weeks, the town hall said."),
        Article::new("Une barge a heurté mardi soir une pile du pont Saint-Roch à Port-Lavande, qui restera fermé au moins deux semaines, a annoncé la mairie."),
        Article::new("Ein Lastkahn hat am Dienstagabend einen Pfeiler der Brücke Saint-Roch in Port-Lavande gerammt, die mindestens zwei Wochen gesperrt bleibt, teilte das Rathaus mit."),
    ];
    let summary = summarize(&articles, &Options::default()).unwrap();
    let languages: Vec<Language> = summary.articles.iter().map(|a| a.language).collect();
    assert_eq!(
        languages,
        [Language::English, Language::French, Language::German]
    );
    // The name they share corroborates across the languages.
    assert!(summary.key_facts.iter().any(|f| f.text.contains("Roch")));
}

#[test]
fn a_forced_language_is_reported_and_still_summarizes() {
    let articles = pont();
    let options = Options {
        language: Some(Language::German),
        ..Options::default()
    };
    let summary = summarize(&articles, &options).unwrap();
    assert!(summary
        .articles
        .iter()
        .all(|a| a.language == Language::German));
    assert!(!summary.sentences.is_empty());
    assert_faithful(&articles, &summary);
}

#[test]
fn an_unknown_language_code_is_an_error_that_lists_the_codes() {
    let err = serde_json::from_str::<Options>(r#"{"language": "xx"}"#).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("unknown language \"xx\""), "{message}");
    assert!(message.contains("en, fr, de, es, pt, it"), "{message}");
    let options: Options = serde_json::from_str(r#"{"language": "FR"}"#).unwrap();
    assert_eq!(options.language, Some(Language::French));
    let options: Options = serde_json::from_str(r#"{"language": null}"#).unwrap();
    assert_eq!(options.language, None);
}

/// Two short reports of one made-up event in each language with rules (and one without).
const STORIES: &[(&str, [&str; 2])] = &[
    ("es", ["Una barcaza chocó el martes contra el puente Saint-Roch de Port-Lavande, que seguirá cerrado durante dos semanas, según el ayuntamiento.", "El puente Saint-Roch de Port-Lavande permanecerá cerrado dos semanas después de que una barcaza chocara contra uno de sus pilares, informó el ayuntamiento."]),
    ("pt", ["Uma barcaça atingiu na terça-feira a ponte Saint-Roch, em Port-Lavande, que ficará fechada por duas semanas, segundo a prefeitura.", "A ponte Saint-Roch de Port-Lavande ficará fechada por duas semanas depois que uma barcaça atingiu um dos seus pilares, disse a prefeitura."]),
    ("it", ["Una chiatta ha urtato martedì il ponte Saint-Roch di Port-Lavande, che resterà chiuso per due settimane, secondo il comune.", "Il ponte Saint-Roch di Port-Lavande resterà chiuso per due settimane dopo che una chiatta ha urtato uno dei suoi piloni, ha detto il comune."]),
    ("cs", ["Člun v úterý narazil do mostu Saint-Roch v Port-Lavande, který zůstane dva týdny uzavřen, uvedla radnice.", "Most Saint-Roch v Port-Lavande zůstane uzavřen dva týdny poté, co do jednoho z jeho pilířů narazil člun, uvedla radnice."]),
    ("ru", ["Баржа во вторник врезалась в мост Сен-Рок в Пор-Лаванде, который будет закрыт две недели, сообщила мэрия.", "Мост Сен-Рок в Пор-Лаванде будет закрыт две недели после того, как баржа врезалась в одну из его опор, сообщила мэрия."]),
    ("el", ["Μια φορτηγίδα χτύπησε την Τρίτη τη γέφυρα Σεν-Ροκ στο Πορ-Λαβάντ, η οποία θα μείνει κλειστή για δύο εβδομάδες, ανακοίνωσε ο δήμος.", "Η γέφυρα Σεν-Ροκ στο Πορ-Λαβάντ θα μείνει κλειστή δύο εβδομάδες αφού μια φορτηγίδα χτύπησε έναν από τους πυλώνες της, ανακοίνωσε ο δήμος."]),
    ("ar", ["اصطدمت بارجة يوم الثلاثاء بجسر سان روك في بور لافاند الذي سيبقى مغلقا لمدة أسبوعين، حسبما أعلنت البلدية.", "سيبقى جسر سان روك في بور لافاند مغلقا أسبوعين بعد أن اصطدمت بارجة بأحد أعمدته، وفق ما أعلنت البلدية."]),
    ("he", ["דוברה פגעה ביום שלישי בגשר סן רוק בפור לבנד, שיישאר סגור שבועיים, כך הודיעה העירייה.", "הגשר סן רוק בפור לבנד יישאר סגור שבועיים לאחר שדוברה פגעה באחד מעמודיו, הודיעה העירייה."]),
    ("hi", ["मंगलवार को एक नाव पोर्ट-लवांद के सेंट-रॉक पुल से टकरा गई, जो दो सप्ताह तक बंद रहेगा, नगर पालिका ने कहा।", "नगर पालिका ने कहा कि नाव के टकराने के बाद सेंट-रॉक पुल दो सप्ताह तक बंद रहेगा।"]),
    ("vi", ["Một sà lan đã đâm vào cầu Saint-Roch ở Port-Lavande vào thứ Ba, và cầu sẽ bị đóng cửa trong hai tuần, chính quyền thành phố cho biết.", "Cầu Saint-Roch ở Port-Lavande sẽ đóng cửa hai tuần sau khi một sà lan đâm vào một trụ cầu, chính quyền cho biết."]),
    ("zh", ["周二，一艘驳船撞上了拉旺德港的圣罗克大桥，市政府表示大桥将关闭两周。", "市政府说，圣罗克大桥被驳船撞击后将关闭两周。"]),
    ("ja", ["火曜日、はしけがラヴァンド港のサン・ロック橋に衝突し、橋は二週間閉鎖されると市が発表した。", "市によると、サン・ロック橋ははしけの衝突を受けて二週間閉鎖される。"]),
    ("und", ["Een binnenvaartschip is dinsdag tegen de Saint-Rochbrug in Port-Lavande gevaren; de brug blijft twee weken dicht, zegt de gemeente. Het verkeer wordt omgeleid via de ringweg en de veerboot vaart vaker dan normaal.", "De Saint-Rochbrug in Port-Lavande blijft twee weken dicht nadat een binnenvaartschip tegen een van de pijlers voer, meldt de gemeente. Ingenieurs onderzoeken de pijlers en de gemeente zegt dat niemand gewond is geraakt."]),
];

#[test]
fn every_language_is_detected_and_summarized() {
    for (code, texts) in STORIES {
        let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
        let summary =
            summarize(&articles, &Options::default()).unwrap_or_else(|e| panic!("{code}: {e}"));
        for a in &summary.articles {
            assert_eq!(a.language.code(), *code, "{code}");
        }
        assert!(!summary.sentences.is_empty(), "{code}");
        for s in &summary.sentences {
            assert_eq!(s.text, &articles[s.article].text[s.span.clone()], "{code}");
        }
        // Two reports of one event: the summary's sentence is corroborated by the other.
        assert!(
            summary.sentences.iter().any(|s| s.sources == 2),
            "{code}: {:?}",
            summary.sentences
        );
    }
}

#[test]
fn detection_never_fails_on_odd_text() {
    for text in [
        "Bon.",
        "🙂🙂🙂",
        "12 345 678",
        "\u{0}\u{1}\u{2} binary",
        "<p>Le pont</p>",
        "Brücke Мост γέφυρα 橋 جسر",
    ] {
        let articles = vec![Article::new(text), Article::new(text)];
        match summarize(&articles, &Options::default()) {
            Ok(summary) => assert_eq!(summary.articles.len(), 2),
            Err(e) => assert_eq!(e.kind(), &ErrorKind::NoText, "{text:?}: {e}"),
        }
    }
}

#[test]
fn chrome_in_other_scripts_is_left_out_of_a_long_summary() {
    // A made-up Russian story, pasted with its pages' chrome: a caption, a "read also" list,
    // a subscription prompt, a rights notice and a byline.
    let articles = [
        "Мост в Харвике закрыт\n\nОпубликовано 4 мая 2026\n\nФото: Иван Петров\n\n\
         Мост в Харвике закрыт как минимум на неделю после наводнения, сообщили в понедельник \
         инженеры округа.\n\nИнженеры нашли трещину в центральной опоре в воскресенье вечером.\n\n\
         Читайте также\nЦены на бензин снова выросли\nВ городе открылся новый парк\n\n\
         Подписывайтесь на наш канал в Telegram.",
        "Инженеры округа в понедельник закрыли мост в Харвике после наводнения, которое \
         повредило опору.\n\nТрещину в центральной опоре нашли в воскресенье вечером, сообщили \
         инженеры.\n\nВсе права защищены.",
    ]
    .map(Article::new);
    let options = Options {
        max_words: Some(400),
        ..Options::default()
    };
    let summary = summarize(&articles, &options).unwrap();
    assert!(summary.sentences.len() >= 2, "{:?}", summary.sentences);
    for s in &summary.sentences {
        for chrome in [
            "Опубликовано",
            "Фото",
            "Читайте",
            "бензин",
            "парк",
            "Подписывайтесь",
            "права",
        ] {
            assert!(
                !s.text.contains(chrome),
                "chrome {chrome:?} in {:?}",
                s.text
            );
        }
    }
}

#[test]
fn portuguese_chrome_is_left_out_of_a_long_summary() {
    // A made-up dam repair from three Brazilian outlets, pasted with their pages' bylines,
    // credits, "leia também", subscription, delivery and sharing prompts. At 400 words the
    // story runs out before the budget: none of the pages may fill it.
    long_summary_without(
        &[
            "Barragem de Vale Alto concluída\n\nPublicado em 12/03/2026 às 10h42 | Atualizado há 2 horas\n\nFoto: Divulgação/Governo do Estado\n\nAs obras de reparo da barragem de Vale Alto foram concluídas na sexta-feira, dois meses antes do previsto, informou a agência estadual de águas.\nO projeto de R$ 12 milhões substituiu as comportas do vertedouro, disse o diretor Paulo Kerr.\nO lago será reabastecido nas próximas três semanas.\nLeia também: Feira de Vale Alto abre nesta semana\nReceba as notícias do dia no seu e-mail.\nSiga-nos no Instagram",
            "Reparo da barragem termina antes do prazo\n\nA agência estadual de águas informou na sexta-feira que concluiu o reparo da barragem de Vale Alto dois meses antes do prazo.\nA obra, que custou R$ 12 milhões, substituiu as comportas do vertedouro, disse o diretor Paulo Kerr.\nO reabastecimento do lago levará cerca de três semanas.\nEste conteúdo é exclusivo para assinantes.\nClique aqui para assinar.\nCompartilhe esta notícia\nBaixe o nosso aplicativo e receba notícias em tempo real.\nFaça login para continuar lendo.",
            "Os trabalhadores terminaram na sexta-feira o reparo da barragem de Vale Alto.\nO reparo de R$ 12 milhões substituiu as comportas, informou a agência estadual de águas.\nOs barqueiros terão de esperar cerca de três semanas enquanto o lago enche.\nQuer receber notícias pelo WhatsApp? Entre no nosso canal.\n© 2026 Jornal de Vale Alto. Todos os direitos reservados.\nSiga o Jornal no Google Notícias.\nTem uma sugestão de pauta? Envie para nossa redação.",
        ],
        "pt",
        &["Receba", "receber", "canal", "assinantes", "Clique", "Compartilhe", "Siga", "Leia", "direitos", "Publicado", "Foto", "Baixe", "login", "Google", "sugestão"],
    );
}

#[test]
fn czech_greek_arabic_and_hebrew_chrome_is_left_out_of_a_long_summary() {
    // The made-up dam repair from three outlets in each language, with their pages'
    // bylines, credits, "read also" links, paywall, newsletter, app, login, channel,
    // sharing and rights notices, each kind worded two ways across the outlets.
    long_summary_without(
        &[
            "Oprava přehrady Horní Údolí je hotová\n\nPublikováno 12. 3. 2026 10:42 | Aktualizováno před 2 hodinami\n\nFoto: Krajský úřad\n\nOprava přehrady Horní Údolí skončila v pátek, dva měsíce před plánovaným termínem, oznámil krajský vodohospodářský úřad.\nProjekt za 12 milionů korun nahradil stavidla přelivu, řekl ředitel Pavel Kerr.\nNádrž se bude napouštět během příštích tří týdnů.\nČtěte také: V Horním Údolí začíná jarmark\nPřihlaste se k odběru našeho newsletteru a dostávejte zprávy dne do e-mailu.\nSledujte nás na Instagramu",
            "Přehrada opravena s předstihem\n\nKrajský vodohospodářský úřad v pátek oznámil, že oprava přehrady Horní Údolí skončila dva měsíce před termínem.\nPráce za 12 milionů korun nahradily stavidla přelivu, řekl ředitel Pavel Kerr.\nNapouštění nádrže potrvá asi tři týdny.\nTento článek je dostupný pouze pro předplatitele.\nKlikněte zde a předplaťte si nás.\nSdílejte tento článek\nLíbí se vám naše zpravodajství? Podpořte nás předplatným.\nZaregistrujte se a čtěte celý článek zdarma.",
            "Dělníci v pátek dokončili opravu přehrady Horní Údolí.\nOprava za 12 milionů korun nahradila stavidla, oznámil krajský vodohospodářský úřad.\nMajitelé lodí si počkají asi tři týdny, než se nádrž naplní.\nChcete dostávat zprávy na WhatsApp? Připojte se k našemu kanálu.\n© 2026 Deník Horní Údolí. Všechna práva vyhrazena.\nNašli jste chybu? Napište nám.\nSledujte nás na Google News.\nStáhněte si naši aplikaci pro rychlejší zprávy.",
        ],
        "cs",
        &["předplatitel", "Klikněte", "Přihlaste", "Sledujte", "Sdílejte", "Čtěte", "práva", "chybu", "Stáhněte", "Zaregistrujte", "Podpořte", "Publikováno", "Foto"],
    );
    long_summary_without(
        &[
            "Ολοκληρώθηκε η επισκευή του φράγματος της Άνω Κοιλάδας\n\nΔημοσιεύθηκε 12/03/2026 10:42 | Ενημερώθηκε πριν από 2 ώρες\n\nΦωτογραφία: Γραφείο Τύπου Περιφέρειας\n\nΗ επισκευή του φράγματος της Άνω Κοιλάδας ολοκληρώθηκε την Παρασκευή, δύο μήνες νωρίτερα από το χρονοδιάγραμμα, ανακοίνωσε η περιφερειακή υπηρεσία υδάτων.\nΤο έργο των 12 εκατ. ευρώ αντικατέστησε τα θυροφράγματα του υπερχειλιστή, δήλωσε ο διευθυντής Παύλος Κερ.\nΗ λίμνη θα γεμίσει μέσα στις επόμενες τρεις εβδομάδες.\nΔιαβάστε επίσης: Ανοίγει το πανηγύρι της Άνω Κοιλάδας\nΕγγραφείτε στο newsletter μας για να λαμβάνετε τις ειδήσεις της ημέρας.\nΑκολουθήστε μας στο Instagram",
            "Νωρίτερα από το αναμενόμενο η επισκευή του φράγματος\n\nΗ περιφερειακή υπηρεσία υδάτων ανακοίνωσε την Παρασκευή ότι η επισκευή του φράγματος της Άνω Κοιλάδας ολοκληρώθηκε δύο μήνες νωρίτερα.\nΟι εργασίες, κόστους 12 εκατ. ευρώ, αντικατέστησαν τα θυροφράγματα του υπερχειλιστή, δήλωσε ο διευθυντής Παύλος Κερ.\nΤο γέμισμα της λίμνης θα διαρκέσει περίπου τρεις εβδομάδες.\nΤο περιεχόμενο αυτό είναι διαθέσιμο μόνο για συνδρομητές.\nΚάντε κλικ εδώ για να εγγραφείτε.\nΜοιραστείτε το άρθρο\nΑκολουθήστε το Δελτίο στο Google News.\nΌλες οι ειδήσεις της ημέρας στο email σας.",
            "Οι εργάτες ολοκλήρωσαν την Παρασκευή την επισκευή του φράγματος της Άνω Κοιλάδας.\nΗ επισκευή των 12 εκατ. ευρώ αντικατέστησε τα θυροφράγματα, ανακοίνωσε η περιφερειακή υπηρεσία υδάτων.\nΟι ιδιοκτήτες σκαφών θα περιμένουν περίπου τρεις εβδομάδες μέχρι να γεμίσει η λίμνη.\nΛάβετε τις ειδήσεις στο Viber: γίνετε μέλος του καναλιού μας.\n© 2026 Εφημερίδα Άνω Κοιλάδας. Με την επιφύλαξη παντός δικαιώματος.\nΚατεβάστε την εφαρμογή μας για γρήγορη ενημέρωση.\nΣυνδεθείτε για να συνεχίσετε την ανάγνωση.",
        ],
        "el",
        &["Λάβετε", "καναλιού", "συνδρομητές", "κλικ", "Εγγραφείτε", "Ακολουθήστε", "Μοιραστείτε", "Διαβάστε", "επιφύλαξη", "Κατεβάστε", "Συνδεθείτε", "email", "Δημοσιεύθηκε", "Φωτογραφία"],
    );
    long_summary_without(
        &[
            "اكتمال إصلاح سد الوادي الأعلى\n\nنُشر في 12/03/2026 الساعة 10:42 | آخر تحديث منذ ساعتين\n\nالصورة: المكتب الإعلامي للمحافظة\n\nاكتملت أعمال إصلاح سد الوادي الأعلى يوم الجمعة، قبل شهرين من الموعد المحدد، بحسب ما أعلنت هيئة المياه في المحافظة.\nوقال المدير بولس كير إن المشروع الذي بلغت تكلفته 12 مليون دينار استبدل بوابات المفيض.\nوستمتلئ البحيرة خلال الأسابيع الثلاثة المقبلة.\nاقرأ أيضا: افتتاح سوق الوادي الأعلى\nاشترك في نشرتنا البريدية لتصلك أخبار اليوم.\nتابعونا على إنستغرام",
            "إصلاح السد قبل الموعد\n\nأعلنت هيئة المياه في المحافظة يوم الجمعة أن إصلاح سد الوادي الأعلى اكتمل قبل شهرين من الموعد المحدد.\nوقال المدير بولس كير إن الأعمال التي كلفت 12 مليون دينار استبدلت بوابات المفيض.\nوسيستغرق ملء البحيرة نحو ثلاثة أسابيع.\nهذا المحتوى متاح للمشتركين فقط.\nانقر هنا للاشتراك.\nشارك هذا الخبر\nلمتابعة آخر الأخبار حمّل تطبيقنا على هاتفك.\nسجّل الدخول لمتابعة القراءة.",
            "أنهى العمال يوم الجمعة إصلاح سد الوادي الأعلى.\nواستبدل الإصلاح الذي بلغت تكلفته 12 مليون دينار البوابات، بحسب هيئة المياه في المحافظة.\nوسينتظر أصحاب القوارب نحو ثلاثة أسابيع حتى تمتلئ البحيرة.\nتابعوا أخبارنا عبر قناتنا على واتساب.\n© 2026 صحيفة الوادي الأعلى. جميع الحقوق محفوظة.\nتابعوا آخر الأخبار عبر Google News.\nللاشتراك في الخدمة اضغط هنا.",
        ],
        "ar",
        &["نشرتنا", "قناتنا", "للمشتركين", "انقر", "شارك", "تابعونا", "اقرأ", "الحقوق", "تطبيقنا", "الدخول", "Google", "اضغط", "الصورة"],
    );
    long_summary_without(
        &[
            "הושלם תיקון הסכר בעמק העליון\n\nפורסם 12/03/2026 10:42 | עודכן לפני שעתיים\n\nצילום: דוברות המועצה האזורית\n\nתיקון הסכר בעמק העליון הושלם ביום שישי, חודשיים לפני המועד המתוכנן, הודיעה רשות המים האזורית.\nהפרויקט בעלות 12 מיליון שקל החליף את שערי המגלש, אמר המנהל פאול קר.\nהאגם יתמלא במהלך שלושת השבועות הבאים.\nקראו עוד: היריד של העמק העליון נפתח\nהירשמו לניוזלטר שלנו וקבלו את החדשות ישירות למייל.\nעקבו אחרינו באינסטגרם",
            "הסכר תוקן לפני הזמן\n\nרשות המים האזורית הודיעה ביום שישי כי תיקון הסכר בעמק העליון הושלם חודשיים לפני המועד.\nהעבודות, שעלו 12 מיליון שקל, החליפו את שערי המגלש, אמר המנהל פאול קר.\nמילוי האגם יימשך כשלושה שבועות.\nתוכן זה זמין למנויים בלבד.\nלחצו כאן להרשמה.\nשתפו את הכתבה\nלהמשך קריאה יש להתחבר לאתר.\nקבלו עדכונים בוואטסאפ ישירות לנייד.",
            "הפועלים סיימו ביום שישי את תיקון הסכר בעמק העליון.\nהתיקון, בעלות 12 מיליון שקל, החליף את השערים, הודיעה רשות המים האזורית.\nבעלי הסירות יצטרכו לחכות כשלושה שבועות עד שהאגם יתמלא.\nהצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים.\n© 2026 כל הזכויות שמורות לעיתון העמק.\nהורידו את האפליקציה שלנו לעדכונים מהירים.\nעקבו אחרי הכתבות שלנו בגוגל ניוז.",
        ],
        "he",
        &["לניוזלטר", "למנויים", "לחצו", "שתפו", "עקבו", "קראו", "הצטרפו", "להמשך", "הורידו", "קבלו", "פורסם", "צילום"],
    );
}

#[test]
fn hindi_vietnamese_chinese_and_japanese_chrome_is_left_out_of_a_long_summary() {
    // The same, in Hindi, Vietnamese, Chinese and Japanese. Chinese and Japanese lines are
    // known by how they open: their prompts stand on lines of their own.
    long_summary_without(
        &[
            "ऊपरी घाटी बांध की मरम्मत पूरी\n\nप्रकाशित: 12/03/2026 10:42 | अपडेट: 2 घंटे पहले\n\nफोटो: जिला सूचना कार्यालय\n\nऊपरी घाटी बांध की मरम्मत शुक्रवार को तय समय से दो महीने पहले पूरी हो गई, राज्य जल विभाग ने बताया।\nनिदेशक पॉल केर ने कहा कि 12 करोड़ रुपये की परियोजना में स्पिलवे के फाटक बदले गए।\nझील अगले तीन हफ्तों में भर जाएगी।\nयह भी पढ़ें: ऊपरी घाटी में मेला शुरू\nदिन की खबरें अपने ईमेल पर पाने के लिए हमारे न्यूज़लेटर की सदस्यता लें।\nहमें इंस्टाग्राम पर फॉलो करें",
            "बांध की मरम्मत समय से पहले पूरी\n\nराज्य जल विभाग ने शुक्रवार को बताया कि ऊपरी घाटी बांध की मरम्मत तय समय से दो महीने पहले पूरी हो गई।\nनिदेशक पॉल केर ने कहा कि 12 करोड़ रुपये के काम में स्पिलवे के फाटक बदले गए।\nझील को भरने में करीब तीन हफ्ते लगेंगे।\nयह सामग्री केवल सब्सक्राइबर्स के लिए उपलब्ध है।\nसब्सक्राइब करने के लिए यहां क्लिक करें।\nइस खबर को शेयर करें\nलेटेस्ट खबरों के लिए हमारा ऐप डाउनलोड करें।\nगूगल न्यूज़ पर हमें फॉलो करें।",
            "मजदूरों ने शुक्रवार को ऊपरी घाटी बांध की मरम्मत पूरी की।\nराज्य जल विभाग के अनुसार 12 करोड़ रुपये की मरम्मत में फाटक बदले गए।\nनाव मालिकों को झील भरने तक करीब तीन हफ्ते इंतजार करना होगा।\nताज़ा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें।\n© 2026 ऊपरी घाटी समाचार। सर्वाधिकार सुरक्षित।\nपूरी खबर पढ़ने के लिए लॉग इन करें।\nदेश-दुनिया की खबरें सबसे पहले पाने के लिए हमारे टेलीग्राम चैनल से जुड़िए।",
        ],
        "hi",
        &["सब्सक्राइब", "क्लिक", "न्यूज़लेटर", "चैनल", "फॉलो", "पढ़ें", "शेयर", "सर्वाधिकार", "डाउनलोड", "लॉग", "प्रकाशित", "फोटो"],
    );
    long_summary_without(
        &[
            "Hoàn thành sửa chữa đập Thượng Lưu\n\nĐăng lúc 10:42 ngày 12/03/2026 | Cập nhật 2 giờ trước\n\nẢnh: Sở Nông nghiệp tỉnh\n\nViệc sửa chữa đập Thượng Lưu đã hoàn thành vào thứ Sáu, sớm hơn kế hoạch hai tháng, Sở Tài nguyên nước tỉnh cho biết.\nDự án trị giá 12 tỷ đồng đã thay thế các cửa xả tràn, giám đốc Paul Kerr nói.\nHồ sẽ được tích nước trong ba tuần tới.\nXem thêm: Khai mạc hội chợ Thượng Lưu\nĐăng ký nhận bản tin để nhận tin tức mỗi ngày qua email.\nTheo dõi chúng tôi trên Facebook",
            "Đập Thượng Lưu sửa xong trước thời hạn\n\nSở Tài nguyên nước tỉnh cho biết hôm thứ Sáu rằng việc sửa chữa đập Thượng Lưu đã xong sớm hai tháng.\nCông trình trị giá 12 tỷ đồng đã thay các cửa xả tràn, giám đốc Paul Kerr nói.\nViệc tích nước cho hồ sẽ mất khoảng ba tuần.\nNội dung này chỉ dành cho thành viên trả phí.\nNhấn vào đây để đăng ký.\nChia sẻ bài viết\nMời quý độc giả theo dõi báo trên Google News.\nTải ứng dụng để đọc tin nhanh hơn.",
            "Công nhân đã hoàn tất sửa chữa đập Thượng Lưu hôm thứ Sáu.\nViệc sửa chữa trị giá 12 tỷ đồng đã thay các cửa xả, Sở Tài nguyên nước tỉnh cho biết.\nChủ thuyền sẽ phải chờ khoảng ba tuần để hồ đầy nước.\nTham gia kênh Zalo của chúng tôi để nhận tin nhanh nhất.\n© 2026 Báo Thượng Lưu. Bản quyền thuộc về Báo Thượng Lưu.\nĐăng nhập để đọc tiếp bài viết.\nBạn đọc có thể gửi ý kiến về bài viết cho chúng tôi.",
        ],
        "vi",
        &["thành viên", "bản tin", "kênh", "Nhấn", "Chia sẻ", "Theo dõi", "Xem thêm", "Bản quyền", "Google", "Tải", "Đăng nhập", "ý kiến", "Ảnh"],
    );
    long_summary_without(
        &[
            "上谷水坝维修完工\n\n发布时间：2026-03-12 10:42 | 更新于2小时前\n\n图片来源：省水利厅\n\n省水利厅表示，上谷水坝维修工程于周五完工，比原计划提前两个月。\n厅长柯保罗说，这项耗资1200万元的工程更换了溢洪道闸门。\n水库将在未来三周内蓄满。\n延伸阅读：上谷集市本周开幕\n订阅我们的新闻简报，每天通过电子邮件获取最新消息。\n关注我们的微信公众号",
            "上谷水坝提前完成维修\n\n省水利厅周五宣布，上谷水坝维修工程比原定期限提前两个月完成。\n柯保罗说，耗资1200万元的工程更换了溢洪道闸门。\n水库蓄水大约需要三周时间。\n本文仅限付费会员阅读。\n点击这里订阅。\n分享到微博\n更多精彩内容，请下载我们的应用。\n扫码关注我们的公众号。",
            "工人们周五完成了上谷水坝的维修。\n省水利厅称，这项耗资1200万元的维修更换了闸门。\n船主们需要等待大约三周，水库才能蓄满。\n下载客户端，获取更多新闻。\n版权所有 © 2026 上谷日报。未经授权不得转载。\n登录后可阅读全文。\n欢迎向我们提供新闻线索。",
        ],
        "zh",
        &["本文", "客户端", "订阅", "关注", "点击", "分享", "延伸阅读", "版权", "精彩", "扫码", "登录", "线索", "图片"],
    );
    long_summary_without(
        &[
            "上谷ダムの修理が完了\n\n2026年3月12日 10時42分 公開 | 2時間前に更新\n\n写真：県広報課\n\n県水資源局によると、上谷ダムの修理は予定より2か月早く金曜日に完了した。\nカー局長は「1200万円をかけて放水路のゲートを交換した」と述べた。\n貯水池は今後3週間で満水になる見込みだ。\nあわせて読みたい：上谷の市が今週開幕\nニュースレターに登録すると、毎日のニュースをメールでお届けします。\n公式Xをフォローする",
            "上谷ダム、予定より早く修理完了\n\n県水資源局は金曜日、上谷ダムの修理が予定より2か月早く完了したと発表した。\nカー局長によると、1200万円の工事で放水路のゲートが交換された。\n貯水池の満水にはおよそ3週間かかる。\nこの記事は有料会員限定です。\n会員登録はこちら\nこの記事をシェアする\n続きを読むにはログインが必要です。\nアプリで最新ニュースを読む",
            "作業員らは金曜日、上谷ダムの修理を終えた。\n県水資源局によると、1200万円の修理でゲートが交換された。\nボートの所有者は貯水池が満水になるまで約3週間待つ必要がある。\nLINEで最新ニュースを受け取る\n無断転載を禁じます。Copyright © 2026 上谷新聞\nご意見・情報提供はこちらから\nこの記事を友達に送る",
        ],
        "ja",
        &["有料会員", "会員登録", "シェア", "ニュースレター", "フォロー", "あわせて", "転載", "ログイン", "アプリ", "ご意見", "友達", "写真"],
    );
}

/// Summarized at 400 words, more than the story's prose: every sentence quoted, whose text
/// must hold none of `chrome`, and the articles' languages.
fn long_summary_without(texts: &[&str], code: &str, chrome: &[&str]) {
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
    let summary = long_summary(&articles);
    assert!(summary.articles.iter().all(|a| a.language.code() == code));
    for s in &summary.sentences {
        for c in chrome {
            assert!(!s.text.contains(c), "{:?}", s.text);
        }
    }
    assert!(summary.sentences.len() >= 3, "{:?}", summary.sentences);
}

#[test]
fn italian_and_russian_chrome_is_left_out_of_a_long_summary() {
    // The same made-up dam repair from three Italian and three Russian outlets, with their
    // pages' bylines, credits, "leggi anche" / "читайте также", subscription, delivery,
    // sharing and rights notices.
    long_summary_without(
        &[
            "Diga di Valle Alta, lavori conclusi\n\nPubblicato il 12/03/2026 alle 10:42 | Aggiornato 2 ore fa\n\nFoto: Ufficio stampa Regione\n\nI lavori di riparazione della diga di Valle Alta si sono conclusi venerdì, due mesi prima del previsto, ha comunicato l'agenzia regionale delle acque.\nIl progetto da 12 milioni di euro ha sostituito le paratoie dello sfioratore, ha detto il direttore Paolo Kerr.\nIl lago sarà riempito nelle prossime tre settimane.\nLeggi anche: Apre la fiera di Valle Alta\nIscriviti alla newsletter per ricevere le notizie del giorno.\nSeguici su Instagram",
            "Diga riparata in anticipo\n\nL'agenzia regionale delle acque ha comunicato venerdì di aver concluso la riparazione della diga di Valle Alta con due mesi di anticipo.\nL'intervento, costato 12 milioni di euro, ha sostituito le paratoie dello sfioratore, ha detto il direttore Paolo Kerr.\nIl riempimento del lago richiederà circa tre settimane.\nQuesto contenuto è riservato agli abbonati.\nClicca qui per abbonarti.\nCondividi questo articolo\nRicevi le notizie su WhatsApp: iscriviti al nostro canale.\nScarica la nostra app per restare aggiornato.\nAccedi per continuare a leggere.",
            "Gli operai hanno terminato venerdì la riparazione della diga di Valle Alta.\nLa riparazione da 12 milioni di euro ha sostituito le paratoie, ha comunicato l'agenzia regionale delle acque.\nI diportisti dovranno aspettare circa tre settimane mentre il lago si riempie.\nRiproduzione riservata © Copyright ANSA\nHai una segnalazione? Scrivici a redazione@vallealta.it\nSegui il Giornale su Google News.\nHai una notizia da segnalare? Scrivi alla redazione.",
        ],
        "it",
        &["Ricevi", "Iscriviti", "canale", "abbonati", "Clicca", "Condividi", "Seguici", "Leggi", "Riproduzione", "segnalazione", "Pubblicato", "Foto", "Scarica", "Accedi", "Google", "segnalare"],
    );
    long_summary_without(
        &[
            "Ремонт плотины в Валдайске завершен\n\nОпубликовано 12.03.2026 в 10:42 | Обновлено 2 часа назад\n\nФото: пресс-служба правительства области\n\nРемонт плотины Валдайского водохранилища завершен в пятницу, на два месяца раньше срока, сообщило областное управление водных ресурсов.\nПроект стоимостью 12 млн рублей заменил затворы водосброса, сказал директор управления Павел Керр.\nВодохранилище будет заполнено в течение трех недель.\nЧитайте также: В Валдайске открылась ярмарка\nПодписывайтесь на наш канал в Telegram.",
            "Плотину отремонтировали досрочно\n\nОбластное управление водных ресурсов в пятницу сообщило, что ремонт плотины Валдайского водохранилища завершен на два месяца раньше срока.\nРаботы стоимостью 12 млн рублей позволили заменить затворы водосброса, сказал директор Павел Керр.\nЗаполнение водохранилища займет около трех недель.\nЭтот материал доступен только подписчикам.\nПоделиться в соцсетях\nПолучайте новости первыми — подпишитесь на рассылку.\nСкачайте наше приложение, чтобы быть в курсе новостей.\nВойдите, чтобы продолжить чтение.",
            "Рабочие завершили ремонт плотины Валдайского водохранилища в пятницу.\nРемонт стоимостью 12 млн рублей заменил затворы, сообщило областное управление водных ресурсов.\nЛодочникам придется подождать около трех недель, пока водохранилище заполнится.\nВсе права защищены. Использование материалов без ссылки запрещено.\nНашли ошибку? Выделите текст и нажмите Ctrl+Enter.\nСледите за нами в Дзене.\nЕсть интересная новость? Пишите нам в редакцию.",
        ],
        "ru",
        &["Подписывайтесь", "подпишитесь", "подписчикам", "Поделиться", "Читайте", "права защищены", "ошибку", "Опубликовано", "Фото", "Скачайте", "Войдите", "Дзене", "Пишите"],
    );
}

#[test]
fn spanish_and_german_chrome_is_left_out_of_a_long_summary() {
    // The made-up dam repair again, from three Spanish and three German outlets.
    long_summary_without(
        &[
            "Concluyen las obras de la presa de Valle Alto\n\nPublicado el 12/03/2026 a las 10:42 | Actualizado hace 2 horas\n\nFoto: Gobierno regional\n\nLas obras de reparación de la presa de Valle Alto terminaron el viernes, dos meses antes de lo previsto, informó la agencia regional del agua.\nEl proyecto de 12 millones de euros sustituyó las compuertas del aliviadero, dijo el director Pablo Kerr.\nEl embalse se llenará en las próximas tres semanas.\nLee también: Abre la feria de Valle Alto\nRecibe las noticias del día en tu correo.\nSíguenos en Instagram",
            "La presa, reparada antes de tiempo\n\nLa agencia regional del agua informó el viernes de que concluyó la reparación de la presa de Valle Alto con dos meses de antelación.\nLa obra, que costó 12 millones de euros, sustituyó las compuertas del aliviadero, dijo el director Pablo Kerr.\nEl llenado del embalse llevará unas tres semanas.\nEste contenido es exclusivo para suscriptores.\nHaz clic aquí para suscribirte.\nComparte esta noticia\nÚnete a nuestro canal de WhatsApp para recibir las últimas noticias.\nDescarga nuestra app para recibir las últimas noticias.\nInicia sesión para seguir leyendo.",
            "Los operarios terminaron el viernes la reparación de la presa de Valle Alto.\nLa reparación de 12 millones de euros sustituyó las compuertas, informó la agencia regional del agua.\nLos navegantes tendrán que esperar unas tres semanas mientras se llena el embalse.\n© 2026 Diario de Valle Alto. Todos los derechos reservados.\n¿Tienes una pista? Escríbenos a redaccion@vallealto.es\nSíguenos en Google Noticias.\n¿Tienes una noticia? Escríbenos a la redacción.",
        ],
        "es",
        &["Recibe", "Únete", "correo", "suscriptores", "clic", "Comparte", "Síguenos", "Lee también", "derechos", "pista", "Publicado", "Foto", "Descarga", "sesión", "Google", "Escríbenos"],
    );
    long_summary_without(
        &[
            "Staudamm in Talheim fertig saniert\n\nVeröffentlicht am 12.03.2026 um 10:42 Uhr | Aktualisiert vor 2 Stunden\n\nFoto: Landesregierung\n\nDie Sanierung des Staudamms in Talheim ist am Freitag zwei Monate früher als geplant abgeschlossen worden, teilte die Landeswasserbehörde mit.\nDas 12 Millionen Euro teure Projekt ersetzte die Schleusentore der Hochwasserentlastung, sagte Behördenleiter Paul Kerr.\nDer See wird in den nächsten drei Wochen wieder aufgefüllt.\nLesen Sie auch: Talheimer Markt eröffnet\nErhalten Sie die wichtigsten Nachrichten des Tages per E-Mail.\nFolgen Sie uns auf Instagram",
            "Talheimer Staudamm vorzeitig saniert\n\nDie Landeswasserbehörde teilte am Freitag mit, die Sanierung des Staudamms in Talheim sei zwei Monate früher als geplant abgeschlossen.\nDie Arbeiten kosteten 12 Millionen Euro und ersetzten die Schleusentore, sagte Behördenleiter Paul Kerr.\nDas Auffüllen des Sees dauert etwa drei Wochen.\nDieser Artikel ist nur für Abonnenten verfügbar.\nJetzt hier klicken und abonnieren.\nArtikel teilen\nAbonnieren Sie unseren WhatsApp-Kanal für die neuesten Nachrichten.\nLaden Sie unsere App herunter und bleiben Sie informiert.\nMelden Sie sich an, um weiterzulesen.",
            "Arbeiter haben am Freitag die Sanierung des Staudamms in Talheim beendet.\nDie 12 Millionen Euro teure Reparatur ersetzte die Schleusentore, teilte die Landeswasserbehörde mit.\nBootsfahrer müssen etwa drei Wochen warten, bis der See wieder gefüllt ist.\n© 2026 Talheimer Zeitung. Alle Rechte vorbehalten.\nHaben Sie einen Hinweis? Schreiben Sie uns an redaktion@talheim.de\nFolgen Sie uns auf Google News.\nSie haben einen Hinweis? Schreiben Sie unserer Redaktion.",
        ],
        "de",
        &["Erhalten Sie", "Abonnieren", "Abonnenten", "klicken", "teilen", "Folgen", "Lesen Sie", "Rechte", "Hinweis", "Veröffentlicht", "Foto", "Laden", "weiterzulesen", "Google", "Hinweis"],
    );
}

#[test]
fn french_delivery_prompts_are_left_out_of_a_long_summary() {
    // The made-up dam repair from three French outlets ("Recevez l’essentiel …" written with
    // a curly apostrophe).
    long_summary_without(
        &[
            "Fin des travaux du barrage de Val-Haut\n\nPublié le 12/03/2026 à 10h42 | Mis à jour il y a 2 heures\n\nPhoto : Préfecture\n\nLes travaux de réparation du barrage de Val-Haut se sont achevés vendredi, deux mois plus tôt que prévu, a annoncé l'agence régionale de l'eau.\nLe chantier de 12 millions d'euros a remplacé les vannes de l'évacuateur, a déclaré le directeur Paul Kerr.\nLe lac sera rempli au cours des trois prochaines semaines.\nLire aussi : La foire de Val-Haut ouvre ses portes\nRecevez l’essentiel de l'actualité par e-mail.\nSuivez-nous sur Instagram",
            "Le barrage réparé en avance\n\nL'agence régionale de l'eau a annoncé vendredi avoir terminé la réparation du barrage de Val-Haut avec deux mois d'avance.\nLe chantier, qui a coûté 12 millions d'euros, a remplacé les vannes de l'évacuateur, a déclaré le directeur Paul Kerr.\nLe remplissage du lac prendra environ trois semaines.\nCet article est réservé aux abonnés.\nCliquez ici pour vous abonner.\nPartager cet article\nRejoignez notre chaîne WhatsApp pour recevoir les dernières informations.\nTéléchargez notre application pour ne rien manquer de l'actualité.\nConnectez-vous pour lire la suite.",
            "Les ouvriers ont terminé vendredi la réparation du barrage de Val-Haut.\nLa réparation de 12 millions d'euros a remplacé les vannes, a annoncé l'agence régionale de l'eau.\nLes plaisanciers devront attendre environ trois semaines que le lac se remplisse.\n© 2026 Journal de Val-Haut. Tous droits réservés.\nUne info à nous signaler ? Écrivez-nous à redaction@valhaut.fr\nSuivez-nous sur Google Actualités.\nVous avez une information ? Écrivez à la rédaction.",
        ],
        "fr",
        &["Recevez", "Rejoignez", "abonnés", "Cliquez", "Partager", "Suivez", "Lire aussi", "droits", "signaler", "Publié", "Photo", "Téléchargez", "Connectez", "Google", "Écrivez"],
    );
}

#[test]
fn french_quotations_closed_after_a_space_are_kept_and_end_their_sentence() {
    // French typography puts a space, often a no-break one, before the closing guillemet.
    // A paragraph that ends so is a quotation, not a heading without a full stop, and the
    // sentence after the mark is a sentence of its own.
    let nbsp = |s: &str| s.replace("« ", "«\u{a0}").replace(" »", "\u{a0}»");
    let texts = [
        nbsp("Le pont de Vella a été fermé mardi après le choc d’une barge contre une pile.\n\n\
              « Nous ne rouvrirons pas le pont avant trois semaines. Les piles sont fissurées. »\n\n\
              « Les plongeurs inspecteront chaque pile. » Le maire a parlé mardi soir devant le conseil."),
        "Une barge a heurté mardi une pile du pont de Vella, qui a été fermé à la circulation.\n\n\
         « La circulation sera déviée par le quai », a déclaré le maire.\n\n\
         Les plongeurs inspecteront chaque pile du pont, selon la mairie."
            .to_string(),
    ];
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(t.as_str())).collect();
    let summary = long_summary(&articles);
    let all = quoted(&summary);
    assert!(
        all.contains(&"«\u{a0}Nous ne rouvrirons pas le pont avant trois semaines. Les piles sont fissurées.\u{a0}»"),
        "{all:?}"
    );
    assert!(
        all.contains(&"Le maire a parlé mardi soir devant le conseil."),
        "{all:?}"
    );
}

#[test]
fn hindi_written_with_a_bar_for_the_danda_is_read_as_sentences() {
    // Many Hindi pages type "|" for the danda "।". Before, such a paragraph read as a heading
    // without a full stop and was lost, and one of several such sentences was one long
    // sentence with page-field bars in it.
    let texts = [
        "मंगलवार को वेल्ला नदी पर बना पुल एक मालवाहक नाव की टक्कर के बाद बंद कर दिया गया |\n\n\
         नगर अभियंता के अनुसार दो खंभों में दरारें मिली हैं | गोताखोर हर खंभे की जाँच करेंगे |",
        "एक मालवाहक नाव मंगलवार को वेल्ला पुल के खंभे से टकरा गई, जिसके बाद पुल बंद कर दिया गया।\n\n\
         अधिकारियों ने कहा कि पुल कम से कम तीन सप्ताह तक बंद रहेगा।",
    ];
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
    let summary = long_summary(&articles);
    assert!(summary
        .articles
        .iter()
        .all(|a| a.language == Language::Hindi));
    let all = quoted(&summary);
    assert!(all.contains(&"गोताखोर हर खंभे की जाँच करेंगे |"), "{all:?}");
    assert!(
        all.contains(&"नगर अभियंता के अनुसार दो खंभों में दरारें मिली हैं |"),
        "{all:?}"
    );
}

#[test]
fn thousands_separated_by_spaces_are_one_figure() {
    // French (and Czech, Russian …) write thousands with a space, often a no-break one.
    // Before, "150 000" was two numbers: "000" was a key fact, and "150" corroborated "150
    // sauveteurs".
    let texts = [
        "Le séisme a fait 150 000 victimes selon l'ONU. Les secours ont envoyé 150 sauveteurs au port.",
        "Selon les Nations unies, 150\u{a0}000 victimes ont été recensées après le séisme.",
        "L'ONU estime le bilan du séisme à 150 000 victimes. Le port reste fermé.",
    ];
    let articles: Vec<Article> = texts.iter().map(|t| Article::new(*t)).collect();
    let summary = summarize(&articles, &Options::default()).unwrap();
    assert_faithful(&articles, &summary);
    let facts: Vec<(&str, usize)> = summary
        .key_facts
        .iter()
        .map(|f| (f.text.as_str(), f.sources))
        .collect();
    assert!(
        facts.iter().all(|(t, _)| *t != "000" && *t != "150"),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|&(t, n)| t.starts_with("150 000") && n == 3),
        "{facts:?}"
    );
}

#[test]
fn thai_paragraphs_are_read_as_sentences() {
    // Thai ends a sentence with a space, no mark. Before, a paragraph of three sentences was
    // one "sentence" too long to quote, and only one-sentence paragraphs were summarized.
    let text = "สะพานท่าเรือถูกปิดเมื่อวันจันทร์หลังจากเรือบรรทุกสินค้าชนเสาของสะพาน \
        วิศวกรของเมืองพบรอยร้าวในเสาสองต้นและกล่าวว่าการซ่อมแซมจะใช้เวลาหกสัปดาห์ \
        นายกเทศมนตรีกล่าวว่าเรือข้ามฟากจะวิ่งทุกครึ่งชั่วโมงระหว่างที่สะพานปิด\n\n\
        ตำรวจกล่าวว่าไม่มีผู้ได้รับบาดเจ็บจากเหตุการณ์ครั้งนี้";
    let articles = vec![Article::new(text)];
    let summary = long_summary(&articles);
    let all = quoted(&summary);
    assert!(
        all.contains(&"วิศวกรของเมืองพบรอยร้าวในเสาสองต้นและกล่าวว่าการซ่อมแซมจะใช้เวลาหกสัปดาห์"),
        "{all:?}"
    );
    assert_eq!(all.len(), 4, "{all:?}");
}

#[test]
fn greek_questions_are_sentences() {
    // Greek writes its question mark as ";". Before, a paragraph of one question read as a
    // heading without a full stop and was lost, and a question was one sentence with the
    // answer after it.
    let text = "Η γέφυρα του λιμανιού έκλεισε τη Δευτέρα μετά τη σύγκρουση μιας φορτηγίδας με τον πυλώνα της.\n\n\
        Πώς θα πηγαίνουν τώρα οι κάτοικοι στη δουλειά τους; Ο δήμαρχος είπε ότι τα πλοία θα κάνουν επιπλέον δρομολόγια.\n\n\
        Ποιος θα πληρώσει για την επισκευή της γέφυρας;\n\n\
        Οι μηχανικοί εκτιμούν ότι η επισκευή θα διαρκέσει έξι εβδομάδες.";
    let articles = vec![Article::new(text)];
    let summary = long_summary(&articles);
    assert_eq!(summary.articles[0].language, Language::Greek);
    let all = quoted(&summary);
    assert!(
        all.contains(&"Ποιος θα πληρώσει για την επισκευή της γέφυρας;"),
        "{all:?}"
    );
    assert!(
        all.contains(&"Πώς θα πηγαίνουν τώρα οι κάτοικοι στη δουλειά τους;"),
        "{all:?}"
    );
    assert_eq!(all.len(), 5, "{all:?}");
}

#[test]
fn urdu_is_summarized_without_rules_and_its_full_stop_ends_a_paragraph() {
    // Urdu writes in Arabic letters and ends its sentences with "۔". Before, it was read
    // with Arabic's rules, and a paragraph of one sentence was a heading without a full stop.
    let text = "منگل کو ویلا دریا پر بنا پل ایک مال بردار کشتی کی ٹکر کے بعد بند کر دیا گیا۔ شہر کے انجینئر نے کہا کہ دو ستونوں میں دراڑیں ملی ہیں۔\n\nغوطہ خور ہر ستون کا معائنہ کریں گے۔";
    let articles = vec![Article::new(text)];
    let summary = long_summary(&articles);
    assert_eq!(summary.articles[0].language, Language::Unknown);
    let all = quoted(&summary);
    assert!(
        all.contains(&"غوطہ خور ہر ستون کا معائنہ کریں گے۔"),
        "{all:?}"
    );
    assert_eq!(all.len(), 3, "{all:?}");
}

#[test]
fn german_russian_and_portuguese_quotations_are_kept_as_written() {
    // German closes quotations with „…“ and »…«, Russian and Brazilian news write dialogue
    // after a dash. Before, a German paragraph that ended in a quotation read as a heading
    // without a full stop, and a line of dialogue as a list item; both were left out.
    let de = "Die Vella-Brücke wurde am Dienstag gesperrt, nachdem ein Lastkahn gegen einen \
              Pfeiler gestoßen war.\n\n\
              „Wir werden die Brücke frühestens in drei Wochen wieder öffnen. Die Pfeiler haben \
              Risse.“\n\n\
              Der Bürgermeister sagte: »Die Stadt wird Schadenersatz fordern.«\n\n\
              Taucher sollen jeden Pfeiler untersuchen, teilte die Stadt mit.";
    let ru = "Мост через Веллу закрыли во вторник после того, как баржа ударилась об одну из \
              его опор.\n\n\
              — Мы не откроем мост раньше чем через три недели, — сказал городской инженер.\n\n\
              Водолазы осмотрят каждую опору, сообщили в мэрии.";
    let pt = "A ponte de Vella foi fechada na terça-feira depois que uma barcaça atingiu um dos \
              pilares.\n\n\
              — Não vamos reabrir a ponte antes de três semanas — disse o engenheiro da cidade.\n\n\
              Mergulhadores vão inspecionar cada pilar, informou a prefeitura.";
    for (text, expected) in [
        (
            de,
            &[
                "„Wir werden die Brücke frühestens in drei Wochen wieder öffnen. Die Pfeiler haben Risse.“",
                "Der Bürgermeister sagte: »Die Stadt wird Schadenersatz fordern.«",
            ][..],
        ),
        (
            ru,
            &["— Мы не откроем мост раньше чем через три недели, — сказал городской инженер."][..],
        ),
        (
            pt,
            &["— Não vamos reabrir a ponte antes de três semanas — disse o engenheiro da cidade."][..],
        ),
    ] {
        let summary = long_summary(&[Article::new(text)]);
        let all = quoted(&summary);
        for q in expected {
            assert!(all.contains(q), "{q:?} not in {all:?}");
        }
    }
}

#[test]
fn a_word_with_soft_hyphens_corroborates_the_word_without() {
    // German sites put soft hyphens (U+00AD) into long words for the browser to break at;
    // they come along when the text is copied, invisible.
    let articles = vec![
        Article::new(
            "Der Bürger\u{ad}meister von Vella sagte am Dienstag, die Brücke bleibe drei \
             Wochen ge\u{ad}sperrt.",
        ),
        Article::new(
            "Die Brücke bleibe drei Wochen gesperrt, sagte der Bürgermeister von Vella am \
             Dienstag.",
        ),
    ];
    let summary = summarize(&articles, &Options::default()).unwrap();
    let facts: Vec<(String, usize)> = summary
        .key_facts
        .iter()
        .map(|f| (f.text.replace('\u{ad}', ""), f.sources))
        .collect();
    assert!(
        facts.contains(&("Bürgermeister".to_string(), 2)),
        "{facts:?}"
    );
}
