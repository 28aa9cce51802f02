namespace Medline.Parser.Grammar;

/// <summary>
/// Country names as NLM writes them in GR (last part) and PL: every country seen in the reference corpus, plus
/// the other sovereign states and the UK nations, in NLM's spelling where it differs (<c>Korea (South)</c>).
/// </summary>
internal static class Countries
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        // seen in GR/PL values of the corpus
        "United States", "United Kingdom", "Canada", "International", "Ireland", "England", "Scotland", "Wales",
        "Northern Ireland", "Switzerland", "Netherlands", "Germany", "Peru", "Mexico", "India", "Turkey",
        "United Arab Emirates", "Spain", "Brazil", "France", "New Zealand", "Australia", "Italy", "Poland", "Japan",
        "Austria", "Chile", "Egypt", "China", "Korea (South)", "Greece", "Argentina", "Singapore", "Romania", "Sweden",
        "Belgium", "China (Republic : 1949- )", "Thailand", "Iran", "Russia (Federation)", "Pakistan", "Uganda",
        "Hungary", "Serbia", "Portugal", "Colombia", "Slovakia", "South Africa", "Qatar", "Bangladesh",
        "Saudi Arabia", "Denmark", "Venezuela",

        // other common names
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Armenia", "Azerbaijan", "Bahamas", "Bahrain",
        "Barbados", "Belarus", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana",
        "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Cape Verde",
        "Central African Republic", "Chad", "Comoros", "Congo", "Democratic Republic of the Congo", "Costa Rica",
        "Cote d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Djibouti", "Dominica",
        "Dominican Republic", "Ecuador", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
        "Ethiopia", "Fiji", "Finland", "Gabon", "Gambia", "Georgia", "Ghana", "Grenada", "Guatemala", "Guinea",
        "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hong Kong", "Iceland", "Indonesia", "Iraq", "Israel",
        "Jamaica", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea (North)", "Korea", "South Korea", "Kosovo",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro",
        "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Nicaragua", "Niger", "Nigeria",
        "North Macedonia", "Macedonia", "Norway", "Oman", "Palau", "Palestine", "Panama", "Papua New Guinea",
        "Paraguay", "Philippines", "Puerto Rico", "Russia", "Russian Federation", "Rwanda", "Saint Lucia", "Samoa",
        "San Marino", "Senegal", "Seychelles", "Sierra Leone", "Slovenia", "Solomon Islands", "Somalia",
        "South Sudan", "Sri Lanka", "Sudan", "Suriname", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkmenistan", "Tuvalu", "Ukraine",
        "Uruguay", "Uzbekistan", "Vanuatu", "Vatican City", "Viet Nam", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    };

    /// <summary><see langword="true"/> when <paramref name="name"/> is a known country name (case-insensitive).</summary>
    public static bool IsCountry(string name) => s_names.Contains(name);
}
