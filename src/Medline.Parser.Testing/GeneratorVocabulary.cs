namespace Medline.Parser.Testing;

/// <summary>
/// The invented but realistic material <see cref="MedlineGenerator"/> draws from: arrays, never dictionaries, so that a
/// seed picks the same values on every runtime.
/// </summary>
internal static class GeneratorVocabulary
{
    /// <summary>Family names with particles, compound names, apostrophes and non-ASCII letters.</summary>
    public static readonly string[] LastNames =
    [
        "Müller", "Okafor", "Lindqvist", "Haddad", "van der Berg", "de la Cruz", "O'Brien", "Santos-Fortuna", "Nguyễn",
        "Wong Kee Song", "Kowalski", "Ferreira", "Sato", "Ramírez", "Brennan", "Öztürk", "Dubois", "Rossi", "Chen",
        "Kim", "Andersson", "Papadopoulos", "Novák", "Ahmed", "Zhang", "di Stefano", "Łukasiewicz", "Jónsdóttir",
    ];

    /// <summary>Given names, hyphenated and multiple ones too.</summary>
    public static readonly string[] ForeNames =
    [
        "Jürgen", "Chidinma", "Erik", "Rania", "Jean-Pierre", "Ana Maria", "Siobhán", "Tomás", "Yūko", "João", "Piotr",
        "Min", "Hélène", "Louis M", "Mehmet", "Francesca", "Eleanor", "Adebayo", "Thi Lan", "Sigríður", "Kwame", "Olga",
    ];

    /// <summary>Generational suffixes.</summary>
    public static readonly string[] Suffixes = ["Jr", "Sr", "2nd", "3rd", "II", "III"];

    /// <summary>Departments, to be joined with an institution.</summary>
    public static readonly string[] Departments =
    [
        "Department of Epidemiology", "Institute of Clinical Medicine", "Département de Génétique",
        "Division of Infectious Diseases", "Institutionen för medicin", "Graduate School of Medicine",
        "Department of Public Health", "Klinik für Kardiologie",
    ];

    /// <summary>Institutions with their city and country.</summary>
    public static readonly string[] Institutions =
    [
        "University of Birmingham, Birmingham, UK", "Karolinska Institutet, Stockholm, Sweden",
        "American University of Beirut, Beirut, Lebanon", "Universidade de São Paulo, São Paulo, Brazil",
        "Kyoto University, Kyoto, Japan", "Charité - Universitätsmedizin Berlin, Berlin, Germany",
        "Hôpital Lyon Sud, Lyon, France", "University of Lagos, Lagos, Nigeria", "Hacettepe Üniversitesi, Ankara, Turkey",
        "Johns Hopkins University, Baltimore, MD, USA",
    ];

    /// <summary>Journals: title, abbreviation, NLM ID, ISSN, country.</summary>
    public static readonly (string Title, string Abbreviation, string NlmId, string Issn, string Country)[] Journals =
    [
        ("BMC public health", "BMC Public Health", "100968562", "1471-2458", "England"),
        ("Lancet (London, England)", "Lancet", "2985213R", "0140-6736", "England"),
        ("PloS one", "PLoS One", "101285081", "1932-6203", "United States"),
        ("Medicine", "Medicine (Baltimore)", "2985248R", "0025-7974", "United States"),
        ("Scientific reports", "Sci Rep", "101563288", "2045-2322", "England"),
        ("Deutsches Arzteblatt international", "Dtsch Arztebl Int", "101475967", "1866-0452", "Germany"),
        ("MethodsX", "MethodsX", "101639829", "2215-0161", "Netherlands"),
    ];

    /// <summary>What a study is about (title and abstract).</summary>
    public static readonly string[] Topics =
    [
        "physical activity", "vitamin D supplementation", "sleep duration", "air pollution", "antibiotic prescribing",
        "telemedicine follow-up", "dietary fibre intake", "influenza vaccination", "screen time", "shift work",
    ];

    /// <summary>What it is measured against.</summary>
    public static readonly string[] Outcomes =
    [
        "depressive symptoms", "hip fracture", "type 2 diabetes", "cognitive decline", "hospital readmission",
        "postoperative complications", "childhood asthma", "cardiovascular mortality", "surgical site infection",
    ];

    /// <summary>In whom.</summary>
    public static readonly string[] Populations =
    [
        "older adults", "pregnant women", "children and adolescents", "intensive care patients", "health care workers",
        "adults with obesity", "kidney transplant recipients",
    ];

    /// <summary>Study designs, as a title ends.</summary>
    public static readonly string[] Designs =
    [
        "a pooled longitudinal analysis", "a randomised controlled trial", "a systematic review and meta-analysis",
        "a nationwide cohort study", "a cross-sectional survey", "a case-control study",
    ];

    /// <summary>MeSH descriptors with the qualifiers that fit them.</summary>
    public static readonly (string Descriptor, string[] Qualifiers)[] Mesh =
    [
        ("Humans", []), ("Aged", []), ("Female", []), ("Male", []), ("Adult", []), ("Middle Aged", []),
        ("Cohort Studies", []), ("Prospective Studies", []), ("Risk Factors", []), ("Time Factors", []),
        ("Depression", ["epidemiology", "prevention & control", "etiology"]),
        ("Exercise", ["physiology", "psychology"]),
        ("Vitamin D", ["administration & dosage", "blood", "therapeutic use"]),
        ("Postoperative Complications", ["epidemiology", "etiology", "prevention & control"]),
        ("Anti-Bacterial Agents", ["therapeutic use", "adverse effects"]),
        ("Diabetes Mellitus, Type 2", ["epidemiology", "drug therapy", "complications"]),
        ("Air Pollution", ["adverse effects", "analysis"]),
        ("Influenza Vaccines", ["administration & dosage", "immunology"]),
    ];

    /// <summary>Chemicals: registry number and name.</summary>
    public static readonly (string Number, string Name)[] Chemicals =
    [
        ("1406-16-2", "Vitamin D"), ("0", "Anti-Bacterial Agents"), ("0", "Influenza Vaccines"),
        ("W0B22ISQ1C", "Thymalfasin"), ("EC 3.4.21.68", "Tissue Plasminogen Activator"),
    ];

    /// <summary>Grant agencies: acronym, agency, country.</summary>
    public static readonly (string Acronym, string Agency, string Country)[] Agencies =
    [
        ("CA", "NCI NIH HHS", "United States"), ("HL", "NHLBI NIH HHS", "United States"),
        ("WT_", "Wellcome Trust", "United Kingdom"), ("MRC_", "Medical Research Council", "United Kingdom"),
        ("DH_", "Department of Health", "United Kingdom"),
    ];

    /// <summary>Group authors.</summary>
    public static readonly string[] Groups =
    [
        "GlobalSurg Respiratory Collaborative", "COVID-19 Genomics UK (COG-UK) Consortium", "STRATIS Investigators",
        "European Prospective Investigation into Cancer and Nutrition Study Group",
    ];

    /// <summary>Bookshelf publishers with their place.</summary>
    public static readonly (string Publisher, string Place)[] Publishers =
    [
        ("National Academies Press (US)", "Washington (DC)"), ("University of Washington, Seattle", "Seattle (WA)"),
        ("StatPearls Publishing", "Treasure Island (FL)"), ("Agency for Healthcare Research and Quality (US)", "Rockville (MD)"),
    ];

    /// <summary>ERIC thesaurus terms (OT without an owner).</summary>
    public static readonly string[] EricTerms =
    [
        "Peer Evaluation", "Online Courses", "Writing Instruction", "College Freshmen", "Teacher Attitudes",
        "Reading Comprehension", "Educational Technology", "Student Motivation",
    ];

    /// <summary>Seasons as DP writes them.</summary>
    public static readonly string[] Seasons = ["Winter", "Spring", "Summer", "Fall"];
}
