#!/usr/bin/env python3
"""gen_lexicon.py -- builds data/lexicon.json (format: docs/lexicon.md).

Sources:
  * Debian iso-codes /usr/share/iso-codes/json/iso_3166-1.json: alpha-3 codes and
    the ISO short / official / common names (added as aliases);
  * Debian wordnet-base /usr/share/wordnet (tools/wordnet.py): every form of
    the stance and meeting verbs (irregular ones and doubled consonants from
    verb.exc) and the lemmas of the vocabulary's words;
  * hand-curated data files under data/: word_classes.txt (the single words
    the extractor's rules test), verbs.txt and meetings.txt (lemmas, labels,
    CAMEO codes), cameo.tsv (each code's root, quad class, Goldstein value and PLOVER type);
  * the hand-written tables below (news names, adjectives, demonyms, capitals,
    seats of power, organizations, persons, agencies, titles).

Usage: python3 tools/gen_lexicon.py [-o data/lexicon.json] [--iso FILE] [--data DIR]
       [--wordnet DIR]      (make lexicon; make deps-lexicon installs wordnet-base)
Standard library only; output is deterministic (same input -> same bytes).

Conventions (see also the notes above each table):
  * countries.name is the commonest English news name; ISO names go to aliases
    unless they contain a comma or parenthesis ("Korea, Republic of").
  * a capital that equals a country name (Djibouti, Kuwait, Mexico, ...) is only
    given in its long form ("Kuwait City") or not at all (Singapore, Monaco).
  * demonyms: plural people nouns; for adjectives ending in -an / -i the plural
    "+s" is derived automatically (Syrian -> Syrians, Iraqi -> Iraqis).
  * organizations.code: CAMEO style.  IGO + abbreviation for intergovernmental
    bodies ("IGOUNO" for the UN and its principal organs and missions,
    "IGOEEC" for the EU and its institutions, "IGONAT" for NATO, otherwise IGO +
    the body's usual acronym); NGO + abbreviation for NGOs; <ISO3><ROLE> for
    national bodies (USAGOV, USAMIL, USASPY, USACOP, USAJUD, USALEG, ...),
    <ISO3>REB for rebels / militias / armed movements, <ISO3>PTY for parties,
    <ISO3>OPP for opposition governments, IMG + abbreviation for transnational
    militant groups (Islamic State, al-Qaeda).
  * verbs: code = CAMEO 2.0 event code, goldstein = the Goldstein (1992) scale
    value that CAMEO assigns to that code (approximate, from the CAMEO scale
    table), so the two always agree.  See the header of data/verbs.txt.
"""

import argparse
import json
import os
import sys

from wordnet import WORDNET_DIR, WordNet

ISO_FILE = "/usr/share/iso-codes/json/iso_3166-1.json"
FORMAT = "actorgraph-lexicon/1"

# ---------------------------------------------------------------------------
# Countries.
# One line per country: ISO3 -> "name|aliases|adjectives|demonyms|capitals|seats"
# (each field ';'-separated; empty field = none).  Only the entries listed here
# are emitted: UN members, the two observer states, Kosovo, Taiwan, Western
# Sahara and commonly reported dependent territories.  Uninhabited ISO entries
# (Antarctica, Bouvet Island, ...) and places whose name is a common pitfall
# (Jersey: "New Jersey") are left out.
# ---------------------------------------------------------------------------
COUNTRIES = {
    # --- Asia / Middle East ---
    "AFG": "Afghanistan|Islamic Emirate of Afghanistan|Afghan|Afghans|Kabul|",
    "ARE": "United Arab Emirates|UAE;U.A.E.|Emirati|Emiratis|Abu Dhabi|",
    "ARM": "Armenia||Armenian||Yerevan|",
    "AZE": "Azerbaijan||Azerbaijani;Azeri|Azeris|Baku|",
    "BGD": "Bangladesh||Bangladeshi||Dhaka;Dacca|",
    "BHR": "Bahrain||Bahraini||Manama|",
    "BRN": "Brunei|Brunei Darussalam;Nation of Brunei|Bruneian||Bandar Seri Begawan|",
    "BTN": "Bhutan||Bhutanese||Thimphu|",
    "CHN": "China|People's Republic of China;PRC;P.R.C.;mainland China|Chinese||Beijing;Peking|Zhongnanhai",
    "CYP": "Cyprus||Cypriot|Cypriots|Nicosia|",
    "GEO": "Georgia||Georgian||Tbilisi|",
    "HKG": "Hong Kong|HKSAR;Hong Kong SAR||Hongkongers;Hong Kongers||",
    "IDN": "Indonesia||Indonesian||Jakarta|",
    "IND": "India|Republic of India;Bharat|Indian||New Delhi;Delhi|Rashtrapati Bhavan;South Block",
    "IRN": "Iran|Islamic Republic of Iran;Islamic Republic|Iranian||Tehran;Teheran|",
    "IRQ": "Iraq|Republic of Iraq|Iraqi||Baghdad|",
    "ISR": "Israel|State of Israel|Israeli||Jerusalem;Tel Aviv|",
    "JOR": "Jordan|Hashemite Kingdom of Jordan|Jordanian||Amman|",
    "JPN": "Japan||Japanese||Tokyo|Kantei",
    "KAZ": "Kazakhstan||Kazakh;Kazakhstani|Kazakhs|Astana;Nur-Sultan|Akorda",
    "KGZ": "Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani||Bishkek|",
    "KHM": "Cambodia|Kingdom of Cambodia|Cambodian||Phnom Penh|",
    "KOR": "South Korea|Republic of Korea;ROK;R.O.K.|South Korean||Seoul|Blue House;Cheong Wa Dae",
    "KWT": "Kuwait|State of Kuwait|Kuwaiti||Kuwait City|",
    "LAO": "Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian||Vientiane|",
    "LBN": "Lebanon|Lebanese Republic|Lebanese||Beirut|Baabda;Baabda Palace;Grand Serail",
    "LKA": "Sri Lanka|Ceylon|Sri Lankan||Colombo;Sri Jayawardenepura Kotte|",
    "MDV": "Maldives|Republic of Maldives|Maldivian||Malé|",
    "MMR": "Myanmar|Burma;Republic of the Union of Myanmar|Burmese||Naypyidaw;Naypyitaw;Nay Pyi Taw|",
    "MNG": "Mongolia||Mongolian||Ulaanbaatar;Ulan Bator|",
    "MYS": "Malaysia||Malaysian||Kuala Lumpur;Putrajaya|",
    "NPL": "Nepal||Nepali;Nepalese||Kathmandu|",
    "OMN": "Oman|Sultanate of Oman|Omani||Muscat|",
    "PAK": "Pakistan|Islamic Republic of Pakistan|Pakistani||Islamabad|",
    "PHL": "Philippines|Republic of the Philippines|Philippine;Filipino|Filipinos|Manila|Malacañang;Malacanang;Malacañang Palace;Malacanang Palace",
    "PRK": "North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea|North Korean||Pyongyang|",
    "PSE": "Palestine|State of Palestine;Palestinian territories;Palestinian Territories;occupied Palestinian territories;occupied Palestinian territory;Gaza;Gaza Strip;West Bank|Palestinian|Gazans|Ramallah|Muqataa",
    "QAT": "Qatar|State of Qatar|Qatari||Doha|",
    "SAU": "Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi||Riyadh|",
    "SGP": "Singapore|Republic of Singapore|Singaporean|||",
    "SYR": "Syria|Syrian Arab Republic|Syrian||Damascus|",
    "THA": "Thailand|Kingdom of Thailand;Siam|Thai||Bangkok|",
    "TJK": "Tajikistan||Tajik;Tajikistani|Tajiks|Dushanbe|",
    "TKM": "Turkmenistan||Turkmenistani||Ashgabat;Ashkhabad|",
    "TLS": "East Timor|Timor-Leste;Timor Leste|Timorese;East Timorese||Dili|",
    "TUR": "Turkey|Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye;Republic of Turkiye|Turkish|Turk;Turks|Ankara|",
    "TWN": "Taiwan|Republic of China;Chinese Taipei|Taiwanese||Taipei|",
    "UZB": "Uzbekistan||Uzbek;Uzbekistani|Uzbeks|Tashkent|",
    "VNM": "Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese||Hanoi|",
    "YEM": "Yemen|Republic of Yemen|Yemeni||Sanaa;Sana'a;Aden|",
    "MAC": "Macau|Macao;Macau SAR;Macao SAR|Macanese|||",
    # --- Europe ---
    "ALB": "Albania||Albanian||Tirana;Tiranë|",
    "AND": "Andorra||Andorran||Andorra la Vella|",
    "AUT": "Austria||Austrian||Vienna|Hofburg;Ballhausplatz",
    "BEL": "Belgium||Belgian|||",  # "Brussels" is given to the European Union
    "BGR": "Bulgaria||Bulgarian||Sofia|",
    "BIH": "Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia & Herzegovina;Bosnia;BiH|Bosnian||Sarajevo|",
    "BLR": "Belarus|Byelorussia|Belarusian;Belarussian|Belarusians|Minsk|",
    "CHE": "Switzerland|Swiss Confederation|Swiss||Bern;Berne|",
    "CZE": "Czech Republic|Czechia|Czech|Czechs|Prague|",
    "DEU": "Germany|Federal Republic of Germany|German||Berlin|Chancellery;Bundeskanzleramt",
    "DNK": "Denmark|Kingdom of Denmark|Danish|Danes|Copenhagen|Christiansborg",
    "ESP": "Spain|Kingdom of Spain|Spanish|Spaniards|Madrid|Moncloa;Moncloa Palace;La Moncloa",
    "EST": "Estonia||Estonian||Tallinn|",
    "FIN": "Finland||Finnish|Finns|Helsinki|",
    "FRA": "France|French Republic|French|Frenchmen;Frenchman|Paris|Élysée;Elysee;Élysée Palace;Elysee Palace;Quai d'Orsay;Matignon",
    "GBR": "United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British|Britons;Briton;Brits|London|Downing Street;Number 10;No. 10;No 10;Whitehall",
    "GRC": "Greece|Hellenic Republic|Greek|Greeks|Athens|Maximos Mansion",
    "HRV": "Croatia||Croatian||Zagreb|",
    "HUN": "Hungary||Hungarian||Budapest|",
    "IRL": "Ireland|Republic of Ireland;Éire|Irish||Dublin|",
    "ISL": "Iceland||Icelandic|Icelanders|Reykjavik;Reykjavík|",
    "ITA": "Italy|Italian Republic|Italian||Rome|Palazzo Chigi;Quirinale;Farnesina",
    "LIE": "Liechtenstein||Liechtensteiner||Vaduz|",
    "LTU": "Lithuania||Lithuanian||Vilnius|",
    "LUX": "Luxembourg|Grand Duchy of Luxembourg|Luxembourgish|Luxembourgers|Luxembourg City|",
    "LVA": "Latvia||Latvian||Riga|",
    "MCO": "Monaco|Principality of Monaco|Monegasque|Monegasques||",
    "MDA": "Moldova|Republic of Moldova|Moldovan||Chisinau;Chișinău;Kishinev|",
    "MKD": "North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;North Macedonian||Skopje|",
    "MLT": "Malta||Maltese||Valletta|",
    "MNE": "Montenegro||Montenegrin|Montenegrins|Podgorica|",
    "NLD": "Netherlands|Kingdom of the Netherlands|Dutch|Dutchmen|Amsterdam|",
    "NOR": "Norway|Kingdom of Norway|Norwegian||Oslo|",
    "POL": "Poland|Republic of Poland|Polish|Poles|Warsaw|",
    "PRT": "Portugal|Portuguese Republic|Portuguese||Lisbon|",
    "ROU": "Romania||Romanian||Bucharest|",
    "RUS": "Russia|Russian Federation|Russian||Moscow|Kremlin",
    "SMR": "San Marino||Sammarinese|||",
    "SRB": "Serbia|Republic of Serbia|Serbian||Belgrade|",
    "SVK": "Slovakia|Slovak Republic|Slovak;Slovakian|Slovaks|Bratislava|",
    "SVN": "Slovenia||Slovenian;Slovene|Slovenes|Ljubljana|",
    "SWE": "Sweden|Kingdom of Sweden|Swedish|Swedes|Stockholm|Rosenbad",
    "UKR": "Ukraine||Ukrainian||Kyiv;Kiev|Bankova",
    "VAT": "Vatican|Holy See;Vatican City;Vatican City State||||",
    "XKX": "Kosovo|Republic of Kosovo|Kosovar;Kosovan|Kosovars|Pristina;Prishtina;Priština|",
    # --- Africa ---
    "AGO": "Angola||Angolan||Luanda|",
    "BDI": "Burundi||Burundian||Gitega;Bujumbura|",
    "BEN": "Benin||Beninese||Porto-Novo;Cotonou|",
    "BFA": "Burkina Faso|Burkina|Burkinabe;Burkinabè||Ouagadougou|",
    "BWA": "Botswana||Botswanan;Motswana|Batswana|Gaborone|",
    "CAF": "Central African Republic|CAR|Central African||Bangui|",
    "CIV": "Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian||Yamoussoukro;Abidjan|",
    "CMR": "Cameroon||Cameroonian||Yaoundé;Yaounde|",
    "COD": "Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;D.R. Congo;DRC;D.R.C.;Congo-Kinshasa;Congo|Congolese||Kinshasa|",
    "COG": "Republic of the Congo|Republic of Congo;Congo-Brazzaville;Congo Republic|||Brazzaville|",
    "COM": "Comoros|Union of the Comoros|Comorian||Moroni|",
    "CPV": "Cape Verde|Cabo Verde|Cape Verdean;Cabo Verdean||Praia|",
    "DJI": "Djibouti||Djiboutian||Djibouti City|",
    "DZA": "Algeria||Algerian||Algiers|El Mouradia",
    "EGY": "Egypt|Arab Republic of Egypt|Egyptian||Cairo|",
    "ERI": "Eritrea|State of Eritrea|Eritrean||Asmara|",
    "ESH": "Western Sahara|Sahrawi Arab Democratic Republic;SADR|Sahrawi;Saharawi|Sahrawis;Saharawis|Laayoune;El Aaiún;El Aaiun|",
    "ETH": "Ethiopia||Ethiopian||Addis Ababa|",
    "GAB": "Gabon|Gabonese Republic|Gabonese||Libreville|",
    "GHA": "Ghana||Ghanaian||Accra|",
    "GIN": "Guinea|Guinea-Conakry|Guinean||Conakry|",
    "GMB": "Gambia|The Gambia|Gambian||Banjul|",
    "GNB": "Guinea-Bissau|Guinea Bissau|Bissau-Guinean||Bissau|",
    "GNQ": "Equatorial Guinea||Equatorial Guinean;Equatoguinean||Malabo|",
    "KEN": "Kenya||Kenyan||Nairobi|State House Nairobi",
    "LBR": "Liberia||Liberian||Monrovia|",
    "LBY": "Libya|State of Libya|Libyan||Tripoli|",
    "LSO": "Lesotho|Kingdom of Lesotho|Basotho;Mosotho||Maseru|",
    "MAR": "Morocco|Kingdom of Morocco|Moroccan||Rabat|",
    "MDG": "Madagascar||Malagasy||Antananarivo|",
    "MLI": "Mali||Malian||Bamako|Koulouba",
    "MOZ": "Mozambique||Mozambican||Maputo|",
    "MRT": "Mauritania||Mauritanian||Nouakchott|",
    "MUS": "Mauritius||Mauritian||Port Louis|",
    "MWI": "Malawi||Malawian||Lilongwe|",
    "NAM": "Namibia||Namibian||Windhoek|",
    "NER": "Niger|Republic of Niger|Nigerien|Nigeriens|Niamey|",
    "NGA": "Nigeria||Nigerian||Abuja|Aso Rock;Aso Villa",
    "RWA": "Rwanda||Rwandan;Rwandese||Kigali|",
    "SDN": "Sudan|Republic of Sudan|Sudanese||Khartoum;Port Sudan|",
    "SEN": "Senegal||Senegalese||Dakar|",
    "SLE": "Sierra Leone||Sierra Leonean||Freetown|",
    "SOM": "Somalia||Somali;Somalian||Mogadishu|Villa Somalia",
    "SSD": "South Sudan||South Sudanese||Juba|",
    "STP": "Sao Tome and Principe|São Tomé and Príncipe;Sao Tome;São Tomé|Santomean||São Tomé City|",
    "SWZ": "Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Eswatini||Mbabane;Lobamba|",
    "SYC": "Seychelles||Seychellois|||",
    "TCD": "Chad||Chadian||N'Djamena;Ndjamena|",
    "TGO": "Togo|Togolese Republic|Togolese||Lomé;Lome|",
    "TUN": "Tunisia||Tunisian||Tunis|Carthage Palace",
    "TZA": "Tanzania|United Republic of Tanzania|Tanzanian||Dodoma;Dar es Salaam|",
    "UGA": "Uganda||Ugandan||Kampala|",
    "ZAF": "South Africa|RSA|South African||Pretoria;Tshwane;Cape Town|Union Buildings",
    "ZMB": "Zambia||Zambian||Lusaka|",
    "ZWE": "Zimbabwe||Zimbabwean||Harare|",
    "SHN": "Saint Helena|St Helena;St. Helena|||Jamestown|",
    "MYT": "Mayotte||Mahoran||Mamoudzou|",
    "REU": "Réunion|Reunion;La Réunion|Réunionese||Saint-Denis|",
    # --- Americas ---
    "ARG": "Argentina|Argentine Republic|Argentine;Argentinian|Argentines|Buenos Aires|Casa Rosada",
    "ATG": "Antigua and Barbuda|Antigua|Antiguan||St. John's;Saint John's|",
    "BHS": "Bahamas|The Bahamas;Commonwealth of The Bahamas|Bahamian||Nassau|",
    "BLZ": "Belize||Belizean||Belmopan|",
    "BOL": "Bolivia|Plurinational State of Bolivia|Bolivian||Sucre;La Paz|",
    "BRA": "Brazil|Federative Republic of Brazil|Brazilian||Brasília;Brasilia|Planalto;Planalto Palace;Itamaraty",
    "BRB": "Barbados||Barbadian;Bajan||Bridgetown|",
    "CAN": "Canada||Canadian||Ottawa|Rideau Hall",
    "CHL": "Chile||Chilean||Santiago|La Moneda",
    "COL": "Colombia||Colombian||Bogotá;Bogota|Casa de Nariño;Casa de Narino",
    "CRI": "Costa Rica||Costa Rican||San José|",
    "CUB": "Cuba||Cuban||Havana|",
    "DMA": "Dominica|Commonwealth of Dominica|||Roseau|",
    "DOM": "Dominican Republic||Dominican||Santo Domingo|",
    "ECU": "Ecuador||Ecuadorian;Ecuadorean||Quito|Carondelet Palace",
    "GRD": "Grenada||Grenadian||St. George's;Saint George's|",
    "GTM": "Guatemala||Guatemalan||Guatemala City|",
    "GUY": "Guyana||Guyanese||Georgetown|",
    "HND": "Honduras||Honduran||Tegucigalpa|",
    "HTI": "Haiti||Haitian||Port-au-Prince|",
    "JAM": "Jamaica||Jamaican||Kingston|",
    "KNA": "Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis;Saint Christopher and Nevis|Kittitian||Basseterre|",
    "LCA": "Saint Lucia|St Lucia;St. Lucia|Saint Lucian;St Lucian||Castries|",
    "MEX": "Mexico|United Mexican States|Mexican||Mexico City|Los Pinos;National Palace",
    "NIC": "Nicaragua||Nicaraguan||Managua|",
    "PAN": "Panama||Panamanian||Panama City|",
    "PER": "Peru||Peruvian||Lima|",
    "PRY": "Paraguay||Paraguayan||Asunción;Asuncion|",
    "SLV": "El Salvador||Salvadoran;Salvadorean||San Salvador|",
    "SUR": "Suriname|Surinam|Surinamese||Paramaribo|",
    "TTO": "Trinidad and Tobago|Trinidad|Trinidadian||Port of Spain;Port-of-Spain|",
    "URY": "Uruguay||Uruguayan||Montevideo|",
    "USA": "United States|US;U.S.;USA;U.S.A.;America;United States of America|American||Washington;Washington D.C.;Washington DC|White House;Oval Office",
    "VCT": "Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines;Saint Vincent|Vincentian||Kingstown|",
    "VEN": "Venezuela|Bolivarian Republic of Venezuela|Venezuelan||Caracas|Miraflores;Miraflores Palace",
    "ABW": "Aruba||Aruban||Oranjestad|",
    "AIA": "Anguilla||Anguillan|||",
    "BMU": "Bermuda||Bermudian|||",
    "CUW": "Curaçao|Curacao|Curaçaoan||Willemstad|",
    "CYM": "Cayman Islands|Caymans|Caymanian||George Town|",
    "FLK": "Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander|Falkland Islanders||",
    "GLP": "Guadeloupe||Guadeloupean||Basse-Terre|",
    "GRL": "Greenland|Kalaallit Nunaat|Greenlandic|Greenlanders|Nuuk|",
    "GUF": "French Guiana||French Guianese||Cayenne|",
    "MSR": "Montserrat||Montserratian||Brades|",
    "MTQ": "Martinique||Martinican||Fort-de-France|",
    "PRI": "Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican||San Juan|",
    "SXM": "Sint Maarten||||Philipsburg|",
    "TCA": "Turks and Caicos Islands|Turks and Caicos|||Cockburn Town|",
    "VGB": "British Virgin Islands|BVI|||Road Town|",
    "VIR": "United States Virgin Islands|US Virgin Islands;U.S. Virgin Islands;USVI|||Charlotte Amalie|",
    # --- Oceania ---
    "AUS": "Australia|Commonwealth of Australia|Australian||Canberra|",
    "FJI": "Fiji||Fijian||Suva|",
    "FSM": "Micronesia|Federated States of Micronesia|Micronesian||Palikir|",
    "KIR": "Kiribati||I-Kiribati||Tarawa;South Tarawa|",
    "MHL": "Marshall Islands||Marshallese||Majuro|",
    "NRU": "Nauru||Nauruan||Yaren|",
    "NZL": "New Zealand|Aotearoa|New Zealander|New Zealanders|Wellington|Beehive",
    "PLW": "Palau||Palauan||Ngerulmud|",
    "PNG": "Papua New Guinea|PNG|Papua New Guinean||Port Moresby|",
    "SLB": "Solomon Islands|Solomons|Solomon Islander|Solomon Islanders|Honiara|",
    "TON": "Tonga|Kingdom of Tonga|Tongan||Nuku'alofa;Nukuʻalofa|",
    "TUV": "Tuvalu||Tuvaluan||Funafuti|",
    "VUT": "Vanuatu||Ni-Vanuatu||Port Vila;Port-Vila|",
    "WSM": "Samoa|Independent State of Samoa|Samoan||Apia|",
    "ASM": "American Samoa||American Samoan||Pago Pago|",
    "COK": "Cook Islands||Cook Islander|Cook Islanders|Avarua|",
    "GUM": "Guam||Guamanian;Chamorro||Hagåtña;Hagatna|",
    "MNP": "Northern Mariana Islands|Northern Marianas;CNMI|||Saipan|",
    "NCL": "New Caledonia|Kanaky|New Caledonian||Nouméa;Noumea|",
    "NIU": "Niue||Niuean||Alofi|",
    "PYF": "French Polynesia|Tahiti|French Polynesian;Tahitian||Papeete|",
    "TKL": "Tokelau||Tokelauan|||",
    "WLF": "Wallis and Futuna||||Mata-Utu|",
    # --- Europe: dependencies ---
    "FRO": "Faroe Islands|Faroes;Faeroe Islands|Faroese||Tórshavn;Torshavn|",
    "GIB": "Gibraltar||Gibraltarian|Gibraltarians||",
    "IMN": "Isle of Man||Manx||Douglas|",
    "IOT": "British Indian Ocean Territory|Chagos Islands;Chagos Archipelago;Diego Garcia|Chagossian|Chagossians||",
}

# Kosovo is not in ISO 3166-1; XKX is the code used by the EU, IMF, World Bank.
EXTRA_ISO_NAMES = {"XKX": ("Kosovo", "Republic of Kosovo", "")}

# ISO names that must not become aliases (they denote something else in news,
# or are the ISO's political wording rather than a name anyone writes).
ISO_ALIAS_SKIP = {
    "Taiwan, Province of China", "Congo", "Republic of the Congo",
    "Korea, Republic of", "Korea, Democratic People's Republic of",
    "Holy See (Vatican City State)", "Hungary", "Libya", "Montenegro",
    "Niue", "Sint Maarten (Dutch part)",
}

# Adjectives ending like this get an automatic plural demonym (+s).
DEMONYM_SUFFIXES = ("an", "i")
NO_AUTO_DEMONYM = {"Vatican", "Lao", "Sahrawi", "Saharawi", "Central African",
                   "Equatorial Guinean", "Equatoguinean", "Papua New Guinean",
                   "Cabo Verdean", "Chamorro", "Philippine", "Afghan",
                   "Argentine", "Argentinian", "Motswana", "Botswanan", "Swazi",
                   "Burkinabe", "Burkinabè", "I-Kiribati", "Ni-Vanuatu",
                   "Liechtensteiner", "Mosotho", "Basotho", "Bajan", "Luxembourgish",
                   "Slovakian", "Belarussian", "Tahitian", "Guamanian", "Santomean",
                   "Macedonian", "North Macedonian", "East Timorese", "Kazakhstani",
                   "Uzbekistani", "Tajikistani", "Kyrgyzstani", "Turkmenistani",
                   "Kosovan", "Rwandese", "Somalian", "Ecuadorean", "Salvadorean",
                   "St Lucian", "Mahoran", "Falkland Islander", "Solomon Islander",
                   "Cook Islander", "New Zealander", "American Samoan", "French Polynesian",
                   "Cape Verdean", "Bissau-Guinean", "Malagasy", "Azeri"}


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()] if field else []


def build_countries(iso_path):
    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    out = []
    for code, line in COUNTRIES.items():
        fields = line.split("|")
        if len(fields) != 6:
            sys.exit("gen_lexicon: bad country line for %s: %r" % (code, line))
        name, aliases, adjs, dems, caps, seats = (
            fields[0], split(fields[1]), split(fields[2]), split(fields[3]),
            split(fields[4]), split(fields[5]))
        if code in iso:
            e = iso[code]
            isonames = [e.get("name", ""), e.get("official_name", ""), e.get("common_name", "")]
        elif code in EXTRA_ISO_NAMES:
            isonames = list(EXTRA_ISO_NAMES[code])
        else:
            sys.exit("gen_lexicon: %s is not in %s" % (code, iso_path))
        for n in isonames:
            if n.startswith("the "):
                n = n[4:]
            if not n or n == name or n in ISO_ALIAS_SKIP or "," in n or "(" in n:
                continue
            if n not in aliases:
                aliases.append(n)
        # automatic plural demonyms
        auto = []
        for a in adjs:
            if a in NO_AUTO_DEMONYM or a == name:
                continue
            if a.endswith(DEMONYM_SUFFIXES):
                auto.append(a + "s")
        dems = dems + [d for d in auto if d not in dems]
        for lst in (adjs, dems, caps, seats):
            if name in lst:
                lst.remove(name)
        out.append({"name": name, "code": code, "aliases": aliases,
                    "adjectives": adjs, "demonyms": dems,
                    "capitals": caps, "seats": seats})
    out.sort(key=lambda c: c["name"])
    return out


# ---------------------------------------------------------------------------
# Organizations: "name|code|aliases|affiliation[|adjectives]".
# affiliation = the name of a country (as in COUNTRIES) or of an organization
# listed EARLIER or later in this table; empty = none (rebels, independent
# bodies).  Aliases that always mean the body; generic words ("the army",
# "Foreign Ministry") are in AGENCIES instead.
# ---------------------------------------------------------------------------
ORGANIZATIONS = [
    # --- United Nations system ---
    "United Nations|IGOUNO|UN;U.N.;United Nations Organization;UNO|",
    "UN Security Council|IGOUNO|United Nations Security Council;U.N. Security Council;Security Council;UNSC|United Nations",
    "UN General Assembly|IGOUNO|United Nations General Assembly;U.N. General Assembly;General Assembly;UNGA|United Nations",
    "UN Secretariat|IGOUNO|United Nations Secretariat;U.N. Secretariat|United Nations",
    "UN Human Rights Council|IGOUNO|United Nations Human Rights Council;U.N. Human Rights Council;Human Rights Council;UNHRC|United Nations",
    "UN Economic and Social Council|IGOUNO|United Nations Economic and Social Council;ECOSOC|United Nations",
    "Office of the UN High Commissioner for Human Rights|IGOOHCHR|OHCHR;UN Human Rights Office;U.N. Human Rights Office;UN human rights office;UN Human Rights;Office of the United Nations High Commissioner for Human Rights|United Nations",
    "UN Office for the Coordination of Humanitarian Affairs|IGOOCHA|OCHA;UNOCHA;United Nations Office for the Coordination of Humanitarian Affairs;UN humanitarian office;UN Humanitarian Office|United Nations",
    "UNICEF|IGOUNICEF|United Nations Children's Fund;UN Children's Fund;U.N. Children's Fund|United Nations",
    "UN Refugee Agency|IGOUNHCR|UNHCR;Office of the United Nations High Commissioner for Refugees;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees;UN refugee agency;U.N. refugee agency|United Nations",
    "World Food Programme|IGOWFP|WFP;World Food Program;UN World Food Programme;UN World Food Program|United Nations",
    "World Health Organization|IGOWHO|WHO;World Health Organisation|United Nations",
    "International Atomic Energy Agency|IGOIAEA|IAEA;UN nuclear watchdog;U.N. nuclear watchdog;UN atomic watchdog|United Nations",
    "UNESCO|IGOUNESCO|UN cultural agency|United Nations",
    "UN Relief and Works Agency for Palestine Refugees|IGOUNRWA|UNRWA;United Nations Relief and Works Agency;UN Relief and Works Agency|United Nations",
    "UN Development Programme|IGOUNDP|UNDP;United Nations Development Programme;United Nations Development Program;UN Development Program|United Nations",
    "UN Population Fund|IGOUNFPA|UNFPA;United Nations Population Fund|United Nations",
    "UN Environment Programme|IGOUNEP|UNEP;United Nations Environment Programme|United Nations",
    "UN Women|IGOUNWOMEN||United Nations",
    "UN Conference on Trade and Development|IGOUNCTAD|UNCTAD;United Nations Conference on Trade and Development|United Nations",
    "International Organization for Migration|IGOIOM|IOM;UN migration agency;International Organisation for Migration|United Nations",
    "International Labour Organization|IGOILO|ILO;International Labor Organization;International Labour Organisation|United Nations",
    "Food and Agriculture Organization|IGOFAO|FAO;UN Food and Agriculture Organization;Food and Agriculture Organization of the United Nations|United Nations",
    "International Court of Justice|IGOICJ|ICJ;World Court|United Nations",
    "UN Interim Force in Lebanon|IGOUNO|UNIFIL;United Nations Interim Force in Lebanon|United Nations",
    "UN Disengagement Observer Force|IGOUNO|UNDOF;United Nations Disengagement Observer Force|United Nations",
    "MONUSCO|IGOUNO|UN mission in Congo;UN peacekeeping mission in Congo|United Nations",
    "UN Mission in South Sudan|IGOUNO|UNMISS;United Nations Mission in South Sudan|United Nations",
    "UN Assistance Mission in Afghanistan|IGOUNO|UNAMA;United Nations Assistance Mission in Afghanistan|United Nations",
    "International Monetary Fund|IGOIMF|IMF|",
    "World Bank|IGOWB|World Bank Group;WBG;International Bank for Reconstruction and Development;IBRD|",
    "World Trade Organization|IGOWTO|WTO;World Trade Organisation|",
    "International Criminal Court|IGOICC|ICC|",
    "Organisation for the Prohibition of Chemical Weapons|IGOOPCW|OPCW;Organization for the Prohibition of Chemical Weapons;chemical weapons watchdog|",
    "Interpol|IGOINTERPOL|International Criminal Police Organization;INTERPOL|",
    "Permanent Court of Arbitration|IGOPCA||",
    "International Maritime Organization|IGOIMO|IMO;International Maritime Organisation|United Nations",
    "International Civil Aviation Organization|IGOICAO|ICAO|United Nations",
    # --- Europe ---
    "European Union|IGOEEC|EU;E.U.;Brussels|",
    "European Commission|IGOEEC|EU Commission;E.U. Commission;Commission of the European Union|European Union",
    "European Parliament|IGOEEC|EU Parliament;Europarliament|European Union",
    "European Council|IGOEEC|EU Council|European Union",
    "Council of the European Union|IGOEEC|Council of the EU;EU Council of Ministers;Council of Ministers of the European Union|European Union",
    "European External Action Service|IGOEEC|EEAS;EU diplomatic service|European Union",
    "European Central Bank|IGOECB|ECB|European Union",
    "Court of Justice of the European Union|IGOEEC|European Court of Justice;ECJ;CJEU;EU Court of Justice|European Union",
    "Frontex|IGOEEC|European Border and Coast Guard Agency|European Union",
    "North Atlantic Treaty Organization|IGONAT|NATO;N.A.T.O.;North Atlantic Alliance;Atlantic Alliance;Nato|",
    "North Atlantic Council|IGONAT||North Atlantic Treaty Organization",
    "Organization for Security and Co-operation in Europe|IGOOSCE|OSCE;Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe|",
    "Council of Europe|IGOCOE|CoE|",
    "European Court of Human Rights|IGOECHR|ECHR;ECtHR;Strasbourg court|Council of Europe",
    "Parliamentary Assembly of the Council of Europe|IGOCOE|PACE|Council of Europe",
    "Organisation for Economic Co-operation and Development|IGOOECD|OECD;Organization for Economic Cooperation and Development|",
    "European Bank for Reconstruction and Development|IGOEBRD|EBRD|",
    "Commonwealth of Independent States|IGOCIS|CIS|",
    "Collective Security Treaty Organization|IGOCSTO|CSTO;Collective Security Treaty Organisation|",
    "Eurasian Economic Union|IGOEAEU|EAEU;EEU|",
    "Organization of Turkic States|IGOOTS|OTS;Turkic Council|",
    "Visegrad Group|IGOV4|Visegrád Group;V4;Visegrad Four|",
    # --- Africa ---
    "African Union|IGOAU|AU;A.U.|",
    "African Union Commission|IGOAU|AU Commission;AUC|African Union",
    "African Union Peace and Security Council|IGOAU|AU Peace and Security Council;Peace and Security Council|African Union",
    "Pan-African Parliament|IGOAU||African Union",
    "African Union Transition Mission in Somalia|IGOAU|ATMIS;AMISOM;African Union Mission in Somalia;AUSSOM|African Union",
    "Economic Community of West African States|IGOECOWAS|ECOWAS;Ecowas|",
    "Southern African Development Community|IGOSADC|SADC|",
    "East African Community|IGOEAC|EAC|",
    "Intergovernmental Authority on Development|IGOIGAD|IGAD|",
    "Economic Community of Central African States|IGOECCAS|ECCAS|",
    "Alliance of Sahel States|IGOAES|AES;Sahel alliance;Confederation of Sahel States|",
    "G5 Sahel|IGOG5S||",
    "African Development Bank|IGOAFDB|AfDB|",
    "Common Market for Eastern and Southern Africa|IGOCOMESA|COMESA|",
    # --- Middle East / Islamic ---
    "Arab League|IGOARL|League of Arab States|",
    "Arab Parliament|IGOARL||Arab League",
    "Gulf Cooperation Council|IGOGCC|GCC;Cooperation Council for the Arab States of the Gulf;Gulf Co-operation Council|",
    "Organisation of Islamic Cooperation|IGOOIC|OIC;Organization of Islamic Cooperation;Organization of the Islamic Conference|",
    "OPEC|IGOOPEC|Organization of the Petroleum Exporting Countries|",
    "OPEC Plus|IGOOPEC|OPEC-plus|",
    "Arab Maghreb Union|IGOAMU||",
    "Islamic Development Bank|IGOISDB|IsDB|",
    # --- Americas ---
    "Organization of American States|IGOOAS|OAS|",
    "Mercosur|IGOMERCOSUR|Mercosul;Southern Common Market|",
    "Community of Latin American and Caribbean States|IGOCELAC|CELAC|",
    "Caribbean Community|IGOCARICOM|CARICOM;Caricom|",
    "Andean Community|IGOCAN||",
    "Inter-American Development Bank|IGOIADB|IDB;IADB|",
    # --- Asia / Pacific ---
    "Association of Southeast Asian Nations|IGOASEAN|ASEAN;Asean|",
    "Shanghai Cooperation Organisation|IGOSCO|SCO;Shanghai Cooperation Organization|",
    "Asia-Pacific Economic Cooperation|IGOAPEC|APEC|",
    "Pacific Islands Forum|IGOPIF||",
    "South Asian Association for Regional Cooperation|IGOSAARC|SAARC|",
    "Asian Development Bank|IGOADB|ADB|",
    "Asian Infrastructure Investment Bank|IGOAIIB|AIIB|",
    "Quadrilateral Security Dialogue|IGOQUAD|Quad|",
    "AUKUS|IGOAUKUS||",
    # --- global groupings ---
    "BRICS|IGOBRICS|BRICS group;BRICS bloc|",
    "Group of Seven|IGOG7|G7;G-7;Group of 7|",
    "Group of Twenty|IGOG20|G20;G-20;Group of 20|",
    "Non-Aligned Movement|IGONAM|NAM|",
    "Commonwealth of Nations|IGOCWN|Commonwealth|",
    "International Energy Agency|IGOIEA|IEA|",
    # --- NGOs ---
    "International Committee of the Red Cross|NGOICRC|ICRC;Red Cross|",
    "International Federation of Red Cross and Red Crescent Societies|NGOIFRC|IFRC|",
    "Doctors Without Borders|NGOMSF|MSF;Médecins Sans Frontières;Medecins Sans Frontieres|",
    "Amnesty International|NGOAMN|Amnesty|",
    "Human Rights Watch|NGOHRW|HRW|",
    "International Crisis Group|NGOICG|Crisis Group|",
    "Reporters Without Borders|NGORSF|Reporters Sans Frontières|",
    "Committee to Protect Journalists|NGOCPJ|CPJ|",
    "Save the Children|NGOSTC||",
    "Oxfam|NGOOXFAM|Oxfam International|",
    "Norwegian Refugee Council|NGONRC|NRC|",
    "Syrian Observatory for Human Rights|NGOSOHR|SOHR;Syrian Observatory|",
    "White Helmets|NGOSCD|Syria Civil Defence;Syrian Civil Defence|",
    "Palestinian Red Crescent|NGOPRCS|Palestine Red Crescent Society;PRCS|",
    "Transparency International|NGOTI||",
    "Greenpeace|NGOGPI|Greenpeace International|",
    # --- United States ---
    "United States Department of State|USAGOV|State Department;US State Department;U.S. State Department;Department of State;State Dept;Foggy Bottom|United States",
    "United States Department of Defense|USAMIL|Pentagon;Department of Defense;Defense Department;US Department of Defense;U.S. Department of Defense;US Defense Department;U.S. Defense Department;DoD;Department of War;War Department|United States",
    "Central Intelligence Agency|USASPY|CIA;C.I.A.|United States",
    "Federal Bureau of Investigation|USACOP|FBI;F.B.I.|United States",
    "National Security Agency|USASPY|NSA|United States",
    "Office of the Director of National Intelligence|USASPY|ODNI|United States",
    "United States Department of Homeland Security|USAGOV|Department of Homeland Security;Homeland Security Department;DHS|United States",
    "United States Department of the Treasury|USAGOV|Treasury Department;US Treasury;U.S. Treasury;US Treasury Department;U.S. Treasury Department;Department of the Treasury|United States",
    "Office of Foreign Assets Control|USAGOV|OFAC|United States Department of the Treasury",
    "United States Department of Justice|USAJUD|Justice Department;Department of Justice;US Justice Department;U.S. Justice Department;DOJ|United States",
    "United States Department of Commerce|USAGOV|Commerce Department;Department of Commerce;US Commerce Department;U.S. Commerce Department|United States",
    "Office of the United States Trade Representative|USAGOV|USTR;US Trade Representative;U.S. Trade Representative|United States",
    "United States Agency for International Development|USAGOV|USAID|United States",
    "United States National Security Council|USAGOV|White House National Security Council;US National Security Council;U.S. National Security Council|United States",
    "United States Congress|USALEG|US Congress;U.S. Congress;American Congress|United States",
    "United States Senate|USALEG|US Senate;U.S. Senate|United States Congress",
    "United States House of Representatives|USALEG|US House of Representatives;U.S. House of Representatives;US House;U.S. House|United States Congress",
    "Senate Foreign Relations Committee|USALEG||United States Senate",
    "House Foreign Affairs Committee|USALEG||United States House of Representatives",
    "United States Supreme Court|USAJUD|US Supreme Court;U.S. Supreme Court|United States",
    "United States Joint Chiefs of Staff|USAMIL|US Joint Chiefs of Staff;U.S. Joint Chiefs of Staff;US Joint Chiefs;U.S. Joint Chiefs|United States",
    "United States Central Command|USAMIL|CENTCOM;US Central Command;U.S. Central Command;Central Command|United States",
    "United States European Command|USAMIL|EUCOM;US European Command;U.S. European Command|United States",
    "United States Indo-Pacific Command|USAMIL|INDOPACOM;US Indo-Pacific Command;U.S. Indo-Pacific Command|United States",
    "United States Africa Command|USAMIL|AFRICOM;US Africa Command;U.S. Africa Command|United States",
    "Federal Reserve|USAGOV|US Federal Reserve;U.S. Federal Reserve|United States",
    "Republican Party|USAPTY|GOP|United States",
    "Democratic Party|USAPTY|US Democratic Party;U.S. Democratic Party|United States",
    # --- United Kingdom ---
    "Foreign, Commonwealth and Development Office|GBRGOV|Commonwealth and Development Office;Foreign Office;FCDO;British Foreign Office;UK Foreign Office;U.K. Foreign Office;Foreign and Commonwealth Office;FCO|United Kingdom",
    "Home Office|GBRGOV|UK Home Office;British Home Office|United Kingdom",
    "HM Treasury|GBRGOV|British Treasury;UK Treasury|United Kingdom",
    "Secret Intelligence Service|GBRSPY|MI6;SIS|United Kingdom",
    "MI5|GBRSPY|British Security Service|United Kingdom",
    "Government Communications Headquarters|GBRSPY|GCHQ|United Kingdom",
    "House of Commons|GBRLEG|British House of Commons;UK House of Commons|United Kingdom",
    "House of Lords|GBRLEG||United Kingdom",
    "Conservative Party|GBRPTY|Tory Party;Tories;British Conservative Party|United Kingdom",
    "Labour Party|GBRPTY|British Labour Party;UK Labour Party|United Kingdom",
    # --- Russia ---
    "Federal Security Service|RUSSPY|FSB|Russia",
    "Foreign Intelligence Service of Russia|RUSSPY|SVR;Russian Foreign Intelligence Service;Foreign Intelligence Service|Russia",
    "GRU|RUSSPY|Main Intelligence Directorate;Main Directorate of the General Staff;Russian military intelligence;Russia's military intelligence|Russia",
    "State Duma|RUSLEG|Duma;Russian Duma|Russia",
    "Federation Council|RUSLEG|Russian Federation Council|Russia",
    "Security Council of Russia|RUSGOV|Russian Security Council;Security Council of the Russian Federation|Russia",
    "National Guard of Russia|RUSCOP|Rosgvardia;Russian National Guard|Russia",
    "United Russia|RUSPTY||Russia",
    "Wagner Group|RUSMIL|Wagner;Wagner PMC;Wagner mercenaries;Wagner mercenary group|",
    "Africa Corps|RUSMIL|Russian Africa Corps|Russia",
    # --- Ukraine ---
    "Security Service of Ukraine|UKRSPY|SBU;Ukrainian Security Service|Ukraine",
    "Defence Intelligence of Ukraine|UKRSPY|HUR;GUR;Defense Intelligence of Ukraine;Main Directorate of Intelligence;Ukrainian military intelligence;Ukraine's military intelligence|Ukraine",
    "Verkhovna Rada|UKRLEG|Rada;Ukrainian parliament|Ukraine",
    # --- Israel / Palestine ---
    "Mossad|ISRSPY|Israeli Mossad|Israel",
    "Shin Bet|ISRSPY|Shabak;Israel Security Agency;Shin Bet security service|Israel",
    "Israel Defense Forces|ISRMIL|IDF;Israeli Defense Forces;Israel Defence Forces;Israeli Defence Forces;Israeli army;Israeli military;Israeli forces;Israeli troops|Israel",
    "Knesset|ISRLEG|Israeli Knesset|Israel",
    "Likud|ISRPTY|Likud Party|Israel",
    "Coordinator of Government Activities in the Territories|ISRMIL|COGAT|Israel",
    "Palestinian Authority|PSEGOV|PA;Palestinian National Authority;PNA|Palestine",
    "Palestine Liberation Organization|PSEGOV|PLO;Palestine Liberation Organisation|Palestine",
    "Fatah|PSEPTY|Fateh|Palestine",
    "Hamas|PSEREB|Islamic Resistance Movement;HAMAS|",
    "Qassam Brigades|PSEREB|Izz ad-Din al-Qassam Brigades;Ezzedine al-Qassam Brigades;al-Qassam Brigades;Al-Qassam Brigades|Hamas",
    "Palestinian Islamic Jihad|PSEREB|Islamic Jihad;PIJ;Islamic Jihad movement|",
    # --- Iran ---
    "Islamic Revolutionary Guard Corps|IRNMIL|IRGC;Revolutionary Guards;Revolutionary Guard;Iranian Revolutionary Guard Corps;Revolutionary Guard Corps;Iran's Revolutionary Guards;Sepah|Iran",
    "Quds Force|IRNMIL|IRGC Quds Force;IRGC-QF|Islamic Revolutionary Guard Corps",
    "Basij|IRNMIL|Basij militia|Islamic Revolutionary Guard Corps",
    "Atomic Energy Organization of Iran|IRNGOV|AEOI|Iran",
    "Supreme National Security Council|IRNGOV|Iran's Supreme National Security Council;SNSC|Iran",
    "Islamic Consultative Assembly|IRNLEG|Majlis;Iranian parliament;Iranian Majlis|Iran",
    "Guardian Council|IRNGOV|Guardian Council of the Constitution|Iran",
    # --- Turkey ---
    "National Intelligence Organization|TURSPY|MIT;MİT;Turkish National Intelligence Organization;National Intelligence Organisation|Turkey",
    "Grand National Assembly of Turkey|TURLEG|Grand National Assembly;TBMM;Turkish Grand National Assembly|Turkey",
    "Justice and Development Party|TURPTY|AKP;AK Party;AK Parti|Turkey",
    "Republican People's Party|TURPTY|CHP|Turkey",
    "Nationalist Movement Party|TURPTY|MHP|Turkey",
    "Peoples' Equality and Democracy Party|TURPTY|DEM Party;HDP;Peoples' Democratic Party|Turkey",
    "Kurdistan Workers' Party|TURREB|PKK;Kurdistan Workers Party|",
    "Muslim Brotherhood|EGYPTY|Egyptian Muslim Brotherhood|",
    # --- Syria / Iraq / Lebanon / Yemen ---
    "Syrian Arab Army|SYRMIL|Syrian army|Syria",
    "Syrian Democratic Forces|SYRREB|SDF|",
    "People's Protection Units|SYRREB|YPG;Peoples' Protection Units|Syrian Democratic Forces",
    "Hayat Tahrir al-Sham|SYRREB|HTS;Hay'at Tahrir al-Sham;Tahrir al-Sham|",
    "Syrian National Army|SYRREB|Turkish-backed Syrian National Army|",
    "Free Syrian Army|SYRREB|FSA|",
    "Syrian National Coalition|SYROPP|National Coalition for Syrian Revolutionary and Opposition Forces;Syrian Opposition Coalition|",
    "Hezbollah|LBNREB|Hizbollah;Hizballah;Hizbullah;Hezbullah|",
    "Amal Movement|LBNPTY|Amal movement|Lebanon",
    "Popular Mobilization Forces|IRQMIL|PMF;Popular Mobilisation Forces;Hashd al-Shaabi;al-Hashd al-Shaabi|Iraq",
    "Kataib Hezbollah|IRQREB|Kata'ib Hezbollah;Kataib Hizbollah|",
    "Kurdistan Regional Government|IRQGOV|KRG;Kurdistan Region Government|Iraq",
    "Peshmerga|IRQMIL|Kurdish Peshmerga|Kurdistan Regional Government",
    "Kurdistan Democratic Party|IRQPTY|KDP|Iraq",
    "Patriotic Union of Kurdistan|IRQPTY|PUK|Iraq",
    "Houthis|YEMREB|Houthi;Houthi rebels;Houthi militia;Houthi movement;Ansar Allah;Ansarallah|",
    "Presidential Leadership Council|YEMGOV|Yemen's Presidential Leadership Council|Yemen",
    "Southern Transitional Council|YEMREB|STC|",
    "Al-Qaeda in the Arabian Peninsula|YEMREB|AQAP;al-Qaeda in the Arabian Peninsula;Al Qaeda in the Arabian Peninsula|",
    # --- transnational jihadist groups ---
    "Islamic State|IMGISIS|ISIS;ISIL;IS;Daesh;Daech;Islamic State group;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Islamic State in Iraq and Syria|",
    "Islamic State Khorasan Province|AFGREB|ISIS-K;ISKP;IS-K;Islamic State Khorasan|",
    "Islamic State West Africa Province|NGAREB|ISWAP|",
    "Al-Qaeda|IMGAQ|al-Qaeda;al-Qaida;Al-Qaida;Al Qaeda;al Qaeda;Qaeda|",
    "Al-Shabaab|SOMREB|al-Shabaab;al-Shabab;Al-Shabab;Al Shabaab;Shabaab;Harakat al-Shabaab al-Mujahideen|",
    "Boko Haram|NGAREB||",
    "Jama'at Nasr al-Islam wal Muslimin|MLIREB|JNIM;Jamaat Nusrat al-Islam wal-Muslimin|",
    # --- Afghanistan / Pakistan / India ---
    "Taliban|AFGGOV|Afghan Taliban;Islamic Emirate|",
    "Tehrik-i-Taliban Pakistan|PAKREB|TTP;Pakistani Taliban;Tehreek-e-Taliban Pakistan|",
    "Inter-Services Intelligence|PAKSPY|ISI;Directorate of Inter-Services Intelligence|Pakistan",
    "Inter-Services Public Relations|PAKMIL|ISPR|Pakistan",
    "Pakistan Tehreek-e-Insaf|PAKPTY|PTI;Pakistan Tehreek-i-Insaf|Pakistan",
    "Baloch Liberation Army|PAKREB|BLA|",
    "Lashkar-e-Taiba|PAKREB|LeT;Lashkar-e-Toiba|",
    "Jaish-e-Mohammed|PAKREB|JeM;Jaish-e-Muhammad|",
    "Research and Analysis Wing|INDSPY|RAW|India",
    "Bharatiya Janata Party|INDPTY|BJP|India",
    "Indian National Congress|INDPTY||India",
    "Lok Sabha|INDLEG||India",
    # --- China / East Asia ---
    "People's Liberation Army|CHNMIL|PLA;Chinese People's Liberation Army;PLA Navy;PLAN;PLA Air Force|China",
    "Central Military Commission|CHNMIL|CMC|China",
    "Ministry of State Security|CHNSPY|MSS;Chinese Ministry of State Security|China",
    "Chinese Communist Party|CHNPTY|Communist Party of China;CCP;CPC;Chinese Communist Party Central Committee|China",
    "Politburo Standing Committee|CHNPTY||Chinese Communist Party",
    "National People's Congress|CHNLEG|NPC|China",
    "State Council of China|CHNGOV|Chinese State Council;China's State Council|China",
    "China Coast Guard|CHNMIL|Chinese coast guard;Chinese Coast Guard|China",
    "Taiwan Affairs Office|CHNGOV||China",
    "Korean People's Army|PRKMIL|KPA;North Korean army|North Korea",
    "Workers' Party of Korea|PRKPTY|WPK;Korean Workers' Party|North Korea",
    "National Intelligence Service|KORSPY|NIS;South Korean intelligence|South Korea",
    "Japan Self-Defense Forces|JPNMIL|Self-Defense Forces;JSDF;Japanese Self-Defense Forces;Self-Defence Forces|Japan",
    "Liberal Democratic Party|JPNPTY|LDP|Japan",
    # --- Europe (national) ---
    "Bundeswehr|DEUMIL|German armed forces|Germany",
    "Federal Intelligence Service|DEUSPY|BND;Bundesnachrichtendienst|Germany",
    "Federal Office for the Protection of the Constitution|DEUSPY|BfV|Germany",
    "Bundestag|DEULEG|German parliament;German Bundestag|Germany",
    "Federal Foreign Office|DEUGOV|German Foreign Office;Auswärtiges Amt|Germany",
    "Directorate-General for External Security|FRASPY|DGSE|France",
    "General Directorate for Internal Security|FRASPY|DGSI|France",
    # --- Myanmar / Africa / Americas ---
    "Tatmadaw|MMRMIL|Myanmar military;Myanmar army;Myanmar junta|Myanmar",
    "State Administration Council|MMRGOV|SAC|Myanmar",
    "National Unity Government|MMROPP|NUG|",
    "Arakan Army|MMRREB||",
    "Rapid Support Forces|SDNREB|RSF;RSF paramilitary;RSF paramilitaries|",
    "Sudanese Armed Forces|SDNMIL|Sudanese army|Sudan",
    "Tigray People's Liberation Front|ETHREB|TPLF;Tigray People’s Liberation Front|",
    "Ethiopian National Defense Force|ETHMIL|ENDF;Ethiopian National Defence Force|Ethiopia",
    "Oromo Liberation Army|ETHREB|OLA|",
    "Fano|ETHREB|Fano militia|",
    "M23|CODREB|March 23 Movement;M23 rebels;Mouvement du 23 mars|",
    "Allied Democratic Forces|UGAREB||",
    "Democratic Forces for the Liberation of Rwanda|RWAREB|FDLR|",
    "Libyan National Army|LBYREB|LNA;Libyan Arab Armed Forces;LAAF|",
    "Libyan Government of National Unity|LBYGOV|Tripoli-based Government of National Unity|Libya",
    "Polisario Front|ESHREB|Polisario;POLISARIO;Frente Polisario|",
    "African National Congress|ZAFPTY|ANC|South Africa",
    "Revolutionary Armed Forces of Colombia|COLREB|FARC|",
    "National Liberation Army|COLREB|ELN|",
]


# ---------------------------------------------------------------------------
# Persons: "name|aliases|affiliation|code".  News names leaders without a title
# ("Bush said", "Sarkozy heads to Beijing"), so this covers 1995-2025: heads of
# state and government of the G20 and of countries often in international
# news, foreign and defence ministers of the P5 and major regional powers since
# ~2000, heads of the UN, EU institutions, NATO, AU Commission, IAEA, WHO, IMF,
# World Bank and Arab League, and leaders of armed groups.  At most ~450
# entries; the first block is the original 2020-2025 core, then by region.
# name: the usual English news spelling.  aliases: spellings with and without
# diacritics, transliterations, and the bare surname only when it is
# distinctive.  Surnames that are common words or names, or shared by two
# people in the table, are NOT aliases (no "Kim", "Abbas", "Harris", "Austin",
# "Wang", "Brown", "May", "Rice", "Sharif", "Hague": "The Hague", "Albanese":
# Francesca Albanese, "Powell": Jerome Powell, "Rudd": Amber Rudd, "Barak":
# Barak Ravid, "Castro", "Anwar", "Sharon"); where two people of the same
# country share one, the better-known owns it (George W. Bush: "Bush"; Saad
# Hariri: "Hariri").  Every alias has one owner (tests/lexicon_check.py).
# Code = country + GOV (MIL for defence ministers and generals, OPP for
# opposition leaders without a party entry); officials of
# organizations and leaders of armed groups take the organization's code.  A
# person with several offices keeps one entry, affiliated where they are best
# known (Rutte, Stoltenberg: NATO; Tusk: Poland; Barnier: European Commission;
# Lagarde: European Central Bank; Draghi: Italy).
# ---------------------------------------------------------------------------
PERSONS = [
    "Vladimir Putin|Putin;Vladimir Vladimirovich Putin|Russia|RUSGOV",
    "Sergei Lavrov|Lavrov;Sergey Lavrov|Russia|RUSGOV",
    "Dmitry Peskov|Peskov;Dmitri Peskov|Russia|RUSGOV",
    "Maria Zakharova|Zakharova|Russia|RUSGOV",
    "Sergei Shoigu|Shoigu;Sergey Shoigu|Russia|RUSMIL",
    "Dmitry Medvedev|Medvedev;Dmitri Medvedev|Russia|RUSGOV",
    "Xi Jinping|Xi|China|CHNGOV",
    "Wang Yi||China|CHNGOV",
    "Recep Tayyip Erdogan|Recep Tayyip Erdoğan;Recep Erdogan;Recep Erdoğan;Tayyip Erdogan;Tayyip Erdoğan;Erdogan;Erdoğan|Turkey|TURGOV",
    "Mevlut Cavusoglu|Mevlüt Çavuşoğlu;Cavusoglu;Çavuşoğlu|Turkey|TURGOV",
    "Hakan Fidan|Fidan|Turkey|TURGOV",
    "Hulusi Akar|Akar|Turkey|TURMIL",
    "Bashar al-Assad|Bashar Assad;Bashar al-Asad;Assad;al-Assad;Bashar|Syria|SYRGOV",
    "Ahmed al-Sharaa|al-Sharaa;Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;al-Jolani;Jolani;Julani|Syria|SYRGOV",
    "Ali Khamenei|Ayatollah Ali Khamenei;Ayatollah Khamenei;Khamenei|Iran|IRNGOV",
    "Ebrahim Raisi|Raisi;Ebrahim Raeisi|Iran|IRNGOV",
    "Masoud Pezeshkian|Pezeshkian|Iran|IRNGOV",
    "Abbas Araghchi|Araghchi|Iran|IRNGOV",
    "Hossein Amir-Abdollahian|Amir-Abdollahian;Amirabdollahian|Iran|IRNGOV",
    "Mohammad Javad Zarif|Javad Zarif;Zarif|Iran|IRNGOV",
    "Kim Jong Un|Kim Jong-un;Kim Jong-Un|North Korea|PRKGOV",
    "Narendra Modi|Modi|India|INDGOV",
    "Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|Israel|ISRGOV",
    "Isaac Herzog|Herzog|Israel|ISRGOV",
    "Volodymyr Zelensky|Zelensky;Zelenskyy;Volodymyr Zelenskyy;Zelenskiy;Volodymyr Zelenskiy|Ukraine|UKRGOV",
    "Alexander Lukashenko|Lukashenko;Alyaksandr Lukashenka;Lukashenka|Belarus|BLRGOV",
    "Emmanuel Macron|Macron|France|FRAGOV",
    "Olaf Scholz|Scholz|Germany|DEUGOV",
    "Joe Biden|Biden;Joseph Biden;Joseph R. Biden|United States|USAGOV",
    "Donald Trump|Trump;Donald J. Trump|United States|USAGOV",
    "Antony Blinken|Blinken;Tony Blinken|United States|USAGOV",
    "Lloyd Austin|Lloyd J. Austin|United States|USAMIL",
    "Marco Rubio|Rubio|United States|USAGOV",
    "Rishi Sunak|Sunak|United Kingdom|GBRGOV",
    "Keir Starmer|Starmer|United Kingdom|GBRGOV",
    "Justin Trudeau|Trudeau|Canada|CANGOV",
    "Fumio Kishida|Kishida|Japan|JPNGOV",
    "Yoon Suk Yeol|Yoon Suk-yeol|South Korea|KORGOV",
    "Mohammed bin Salman|Mohammad bin Salman;Muhammad bin Salman;MBS|Saudi Arabia|SAUGOV",
    "Mohamed bin Zayed|Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;MBZ|United Arab Emirates|AREGOV",
    "Abdel Fattah al-Sisi|Abdel Fattah el-Sisi;el-Sisi;al-Sisi;Sisi|Egypt|EGYGOV",
    "Ilham Aliyev|Aliyev|Azerbaijan|AZEGOV",
    "Nikol Pashinyan|Pashinyan|Armenia|ARMGOV",
    "Kassym-Jomart Tokayev|Tokayev|Kazakhstan|KAZGOV",
    "Shavkat Mirziyoyev|Mirziyoyev|Uzbekistan|UZBGOV",
    "Mahmoud Abbas|Abu Mazen|Palestine|PSEGOV",
    "Ismail Haniyeh|Haniyeh|Hamas|PSEREB",
    "Yahya Sinwar||Hamas|PSEREB",
    "Hassan Nasrallah|Nasrallah|Hezbollah|LBNREB",
    "Abiy Ahmed|Abiy|Ethiopia|ETHGOV",
    "Paul Kagame|Kagame|Rwanda|RWAGOV",
    "Cyril Ramaphosa|Ramaphosa|South Africa|ZAFGOV",
    "Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva;Lula da Silva;Lula|Brazil|BRAGOV",
    "Nicolás Maduro|Nicolas Maduro;Maduro|Venezuela|VENGOV",
    "Viktor Orbán|Viktor Orban;Orbán;Orban|Hungary|HUNGOV",
    "António Guterres|Antonio Guterres;Guterres|United Nations|IGOUNO",
    "Ursula von der Leyen|von der Leyen;Von der Leyen|European Commission|IGOEEC",
    "Jens Stoltenberg|Stoltenberg|North Atlantic Treaty Organization|IGONAT",
    "Tedros Adhanom Ghebreyesus|Tedros Adhanom;Tedros|World Health Organization|IGOWHO",
    "Rafael Grossi|Rafael Mariano Grossi;Grossi|International Atomic Energy Agency|IGOIAEA",
    # --- United States ---
    "Bill Clinton|Clinton;William Jefferson Clinton;William J. Clinton|United States|USAGOV",
    "George W. Bush|Bush;President Bush;George Bush;George W Bush;George Walker Bush|United States|USAGOV",
    "Barack Obama|Obama;Barack Hussein Obama|United States|USAGOV",
    "Dick Cheney|Cheney;Richard Cheney;Richard B. Cheney|United States|USAGOV",
    "Mike Pence|Pence;Michael Pence|United States|USAGOV",
    "Kamala Harris|Kamala|United States|USAGOV",
    "JD Vance|J.D. Vance;J. D. Vance;Vance|United States|USAGOV",
    "Colin Powell||United States|USAGOV",
    "Condoleezza Rice|Condi Rice;Condoleezza|United States|USAGOV",
    "Hillary Clinton|Hillary Rodham Clinton|United States|USAGOV",
    "John Kerry|Kerry|United States|USAGOV",
    "Rex Tillerson|Tillerson|United States|USAGOV",
    "Mike Pompeo|Pompeo;Michael Pompeo|United States|USAGOV",
    "Donald Rumsfeld|Rumsfeld|United States|USAMIL",
    "Robert Gates|Robert M. Gates|United States|USAMIL",
    "James Mattis|Jim Mattis;Mattis|United States|USAMIL",
    "Pete Hegseth|Hegseth|United States|USAMIL",
    "Steve Witkoff|Steven Witkoff;Witkoff|United States|USAGOV",
    # --- Canada / Australia / New Zealand ---
    "Jean Chrétien|Jean Chretien;Chrétien;Chretien|Canada|CANGOV",
    "Stephen Harper|Harper|Canada|CANGOV",
    "Mark Carney|Carney|Canada|CANGOV",
    "John Howard||Australia|AUSGOV",
    "Kevin Rudd||Australia|AUSGOV",
    "Scott Morrison||Australia|AUSGOV",
    "Anthony Albanese||Australia|AUSGOV",
    # --- United Kingdom ---
    "Queen Elizabeth II|Elizabeth II|United Kingdom|GBRGOV",
    "King Charles III|Charles III;King Charles|United Kingdom|GBRGOV",
    "John Major||United Kingdom|GBRGOV",
    "Tony Blair|Blair|United Kingdom|GBRGOV",
    "Gordon Brown||United Kingdom|GBRGOV",
    "David Cameron|Cameron|United Kingdom|GBRGOV",
    "Theresa May||United Kingdom|GBRGOV",
    "Boris Johnson||United Kingdom|GBRGOV",
    "Liz Truss|Truss;Elizabeth Truss|United Kingdom|GBRGOV",
    "Jack Straw|Straw|United Kingdom|GBRGOV",
    "David Miliband|Miliband|United Kingdom|GBRGOV",
    "William Hague||United Kingdom|GBRGOV",
    "Dominic Raab|Raab|United Kingdom|GBRGOV",
    "David Lammy|Lammy|United Kingdom|GBRGOV",
    "John Healey||United Kingdom|GBRMIL",
    # --- France ---
    "Jacques Chirac|Chirac|France|FRAGOV",
    "Nicolas Sarkozy|Sarkozy|France|FRAGOV",
    "François Hollande|Francois Hollande;Hollande|France|FRAGOV",
    "Alain Juppé|Alain Juppe;Juppé;Juppe|France|FRAGOV",
    "Lionel Jospin|Jospin|France|FRAGOV",
    "Dominique de Villepin|de Villepin;Villepin|France|FRAGOV",
    "François Fillon|Francois Fillon;Fillon|France|FRAGOV",
    "Édouard Philippe|Edouard Philippe|France|FRAGOV",
    "Gabriel Attal|Attal|France|FRAGOV",
    "François Bayrou|Francois Bayrou;Bayrou|France|FRAGOV",
    "Sébastien Lecornu|Sebastien Lecornu;Lecornu|France|FRAGOV",
    "Bernard Kouchner|Kouchner|France|FRAGOV",
    "Laurent Fabius|Fabius|France|FRAGOV",
    "Jean-Yves Le Drian|Le Drian|France|FRAGOV",
    "Catherine Colonna||France|FRAGOV",
    "Jean-Noël Barrot|Jean-Noel Barrot;Barrot|France|FRAGOV",
    "Florence Parly|Parly|France|FRAMIL",
    # --- Germany ---
    "Helmut Kohl|Kohl|Germany|DEUGOV",
    "Gerhard Schröder|Gerhard Schroeder;Gerhard Schroder;Schröder;Schroeder|Germany|DEUGOV",
    "Angela Merkel|Merkel|Germany|DEUGOV",
    "Friedrich Merz|Merz|Germany|DEUGOV",
    "Frank-Walter Steinmeier|Steinmeier|Germany|DEUGOV",
    "Joschka Fischer|Joschka|Germany|DEUGOV",
    "Annalena Baerbock|Baerbock|Germany|DEUGOV",
    "Johann Wadephul|Wadephul|Germany|DEUGOV",
    "Boris Pistorius|Pistorius|Germany|DEUMIL",
    # --- Italy / Spain / Portugal / Greece / Vatican ---
    "Romano Prodi|Prodi|Italy|ITAGOV",
    "Silvio Berlusconi|Berlusconi|Italy|ITAGOV",
    "Mario Monti||Italy|ITAGOV",
    "Matteo Renzi|Renzi|Italy|ITAGOV",
    "Giuseppe Conte||Italy|ITAGOV",
    "Mario Draghi|Draghi|Italy|ITAGOV",
    "Giorgia Meloni|Meloni|Italy|ITAGOV",
    "Sergio Mattarella|Mattarella|Italy|ITAGOV",
    "José María Aznar|Jose Maria Aznar;Aznar|Spain|ESPGOV",
    "José Luis Rodríguez Zapatero|Jose Luis Rodriguez Zapatero;Rodríguez Zapatero;Rodriguez Zapatero;Zapatero|Spain|ESPGOV",
    "Mariano Rajoy|Rajoy|Spain|ESPGOV",
    "Pedro Sánchez|Pedro Sanchez|Spain|ESPGOV",
    "Alexis Tsipras|Tsipras|Greece|GRCGOV",
    "Kyriakos Mitsotakis|Mitsotakis|Greece|GRCGOV",
    "Pope Benedict XVI|Benedict XVI;Joseph Ratzinger|Vatican|VATGOV",
    "Pope Francis|Jorge Mario Bergoglio;Bergoglio|Vatican|VATGOV",
    "Pope Leo XIV|Leo XIV;Robert Francis Prevost|Vatican|VATGOV",
    # --- rest of Western / Northern / Central Europe ---
    "Alexander Stubb|Stubb|Finland|FINGOV",
    "Mette Frederiksen|Frederiksen|Denmark|DNKGOV",
    "Robert Fico|Fico|Slovakia|SVKGOV",
    "Donald Tusk|Tusk|Poland|POLGOV",
    "Andrzej Duda|Duda|Poland|POLGOV",
    "Karol Nawrocki|Nawrocki|Poland|POLGOV",
    "Maia Sandu|Sandu|Moldova|MDAGOV",
    # --- Balkans ---
    "Slobodan Milošević|Slobodan Milosevic;Milošević;Milosevic|Serbia|SRBGOV",
    "Aleksandar Vučić|Aleksandar Vucic;Vučić;Vucic|Serbia|SRBGOV",
    "Radovan Karadžić|Radovan Karadzic;Karadžić;Karadzic|Bosnia and Herzegovina|BIHREB",
    "Ratko Mladić|Ratko Mladic;Mladić;Mladic|Bosnia and Herzegovina|BIHREB",
    "Albin Kurti|Kurti|Kosovo|XKXGOV",
    # --- Russia ---
    "Boris Yeltsin|Yeltsin|Russia|RUSGOV",
    "Yevgeny Primakov|Yevgeni Primakov;Evgeny Primakov;Primakov|Russia|RUSGOV",
    "Mikhail Mishustin|Mishustin|Russia|RUSGOV",
    "Igor Ivanov||Russia|RUSGOV",
    "Sergei Ivanov|Sergey Ivanov|Russia|RUSMIL",
    "Andrei Belousov|Andrey Belousov;Belousov|Russia|RUSMIL",
    "Valery Gerasimov|Valeriy Gerasimov;Gerasimov|Russia|RUSMIL",
    "Yevgeny Prigozhin|Yevgeniy Prigozhin;Evgeny Prigozhin;Prigozhin|Wagner Group|RUSMIL",
    "Alexei Navalny|Alexey Navalny;Aleksei Navalny;Navalny|Russia|RUSOPP",
    # --- Ukraine / Belarus / Caucasus / Central Asia ---
    "Leonid Kuchma|Kuchma|Ukraine|UKRGOV",
    "Viktor Yushchenko|Yushchenko|Ukraine|UKRGOV",
    "Viktor Yanukovych|Viktor Yanukovich;Yanukovych;Yanukovich|Ukraine|UKRGOV",
    "Yulia Tymoshenko|Yulia Timoshenko;Tymoshenko|Ukraine|UKRGOV",
    "Petro Poroshenko|Poroshenko|Ukraine|UKRGOV",
    "Dmytro Kuleba|Dmitry Kuleba;Kuleba|Ukraine|UKRGOV",
    "Andrii Sybiha|Andriy Sybiha;Sybiha|Ukraine|UKRGOV",
    "Rustem Umerov|Umerov|Ukraine|UKRMIL",
    "Valerii Zaluzhnyi|Valery Zaluzhny;Valeriy Zaluzhnyi;Zaluzhnyi;Zaluzhny|Ukraine|UKRMIL",
    "Oleksandr Syrskyi|Oleksandr Syrsky;Syrskyi;Syrsky|Ukraine|UKRMIL",
    "Mikheil Saakashvili|Mikhail Saakashvili;Saakashvili|Georgia|GEOGOV",
    "Nursultan Nazarbayev|Nursultan Nazarbaev;Nazarbayev;Nazarbaev|Kazakhstan|KAZGOV",
    # --- Turkey ---
    "Abdullah Gül|Abdullah Gul|Turkey|TURGOV",
    "Ahmet Davutoğlu|Ahmet Davutoglu;Davutoğlu;Davutoglu|Turkey|TURGOV",
    "Yaşar Güler|Yasar Guler|Turkey|TURMIL",
    "Ekrem İmamoğlu|Ekrem Imamoglu;İmamoğlu;Imamoglu|Republican People's Party|TURPTY",
    "Abdullah Öcalan|Abdullah Ocalan;Öcalan;Ocalan|Kurdistan Workers' Party|TURREB",
    # --- Israel ---
    "Shimon Peres|Peres|Israel|ISRGOV",
    "Ehud Barak||Israel|ISRGOV",
    "Ariel Sharon||Israel|ISRGOV",
    "Ehud Olmert|Olmert|Israel|ISRGOV",
    "Naftali Bennett||Israel|ISRGOV",
    "Yair Lapid|Lapid|Israel|ISRGOV",
    "Gideon Sa'ar|Gideon Saar;Sa'ar|Israel|ISRGOV",
    "Itamar Ben-Gvir|Itamar Ben Gvir;Ben-Gvir;Ben Gvir|Israel|ISRGOV",
    "Bezalel Smotrich|Smotrich|Israel|ISRGOV",
    "Israel Katz||Israel|ISRMIL",
    "Benny Gantz|Gantz|Israel|ISRMIL",
    "Yoav Gallant|Gallant|Israel|ISRMIL",
    # --- Palestinians ---
    "Yasser Arafat|Yasir Arafat;Arafat|Palestine|PSEGOV",
    "Khaled Meshaal|Khaled Mashaal;Khaled Mashal;Khalid Mishal;Meshaal;Mashaal|Hamas|PSEREB",
    "Khalil al-Hayya|Khalil Al-Hayya;al-Hayya|Hamas|PSEREB",
    "Mohammed Deif|Mohammad Deif;Mohammed Dief;Deif|Qassam Brigades|PSEREB",
    "Abu Obeida|Abu Ubaida;Abu Obaida|Qassam Brigades|PSEREB",
    # --- Lebanon / Hezbollah ---
    "Rafik Hariri|Rafiq Hariri;Rafic Hariri|Lebanon|LBNGOV",
    "Saad Hariri|Saad al-Hariri;Hariri|Lebanon|LBNGOV",
    "Najib Mikati|Mikati|Lebanon|LBNGOV",
    "Nawaf Salam||Lebanon|LBNGOV",
    "Michel Aoun||Lebanon|LBNGOV",
    "Joseph Aoun|Aoun|Lebanon|LBNGOV",
    "Naim Qassem|Naim Kassem;Naim Qasim;Sheikh Naim Qassem|Hezbollah|LBNREB",
    # --- Syria ---
    "Walid Muallem|Walid al-Muallem;Walid al-Moualem;Muallem;Moualem|Syria|SYRGOV",
    "Asaad al-Shaibani|Asaad Hassan al-Shaibani;Assad al-Shaibani;al-Shaibani;Shaibani|Syria|SYRGOV",
    "Mazloum Abdi|Mazlum Abdi;Mazloum Kobani|Syrian Democratic Forces|SYRREB",
    # --- Iraq ---
    "Saddam Hussein|Saddam|Iraq|IRQGOV",
    "Ayad Allawi|Iyad Allawi;Allawi|Iraq|IRQGOV",
    "Nouri al-Maliki|Nuri al-Maliki;Nouri Maliki;al-Maliki;Maliki|Iraq|IRQGOV",
    "Haider al-Abadi|Haidar al-Abadi;al-Abadi;Abadi|Iraq|IRQGOV",
    "Mustafa al-Kadhimi|Mustafa Kadhimi;al-Kadhimi;Kadhimi|Iraq|IRQGOV",
    "Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani;Mohammed al-Sudani;al-Sudani|Iraq|IRQGOV",
    "Jalal Talabani|Talabani|Iraq|IRQGOV",
    "Masoud Barzani|Massoud Barzani;Barzani|Kurdistan Regional Government|IRQGOV",
    "Muqtada al-Sadr|Moqtada al-Sadr;Moqtada Sadr;Muqtada Sadr;al-Sadr|Iraq|IRQREB",
    # --- Iran ---
    "Akbar Hashemi Rafsanjani|Ali Akbar Hashemi Rafsanjani;Hashemi Rafsanjani;Rafsanjani|Iran|IRNGOV",
    "Mohammad Khatami|Mohammed Khatami;Khatami|Iran|IRNGOV",
    "Mahmoud Ahmadinejad|Ahmadinejad|Iran|IRNGOV",
    "Hassan Rouhani|Hassan Rohani;Rouhani;Rohani|Iran|IRNGOV",
    "Ali Larijani|Larijani|Iran|IRNGOV",
    "Qasem Soleimani|Qassem Soleimani;Qassem Suleimani;Qasem Suleimani;Soleimani;Suleimani|Quds Force|IRNMIL",
    # --- Gulf / Jordan / Yemen ---
    "Abdullah bin Abdulaziz Al Saud|Abdullah bin Abdulaziz;King Abdullah bin Abdulaziz|Saudi Arabia|SAUGOV",
    "Salman bin Abdulaziz Al Saud|Salman bin Abdulaziz;King Salman;King Salman bin Abdulaziz|Saudi Arabia|SAUGOV",
    "Saud al-Faisal|Prince Saud al-Faisal|Saudi Arabia|SAUGOV",
    "Adel al-Jubeir|Adel Jubeir;al-Jubeir;Jubeir|Saudi Arabia|SAUGOV",
    "Faisal bin Farhan|Faisal bin Farhan Al Saud;Prince Faisal bin Farhan|Saudi Arabia|SAUGOV",
    "Hamad bin Khalifa Al Thani|Sheikh Hamad bin Khalifa Al Thani;Hamad bin Khalifa;Sheikh Hamad bin Khalifa|Qatar|QATGOV",
    "Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani;Tamim bin Hamad;Sheikh Tamim;Emir Tamim|Qatar|QATGOV",
    "Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani;Mohammed bin Abdulrahman;Sheikh Mohammed bin Abdulrahman|Qatar|QATGOV",
    "Hamad bin Isa Al Khalifa|King Hamad bin Isa Al Khalifa;King Hamad;Hamad bin Isa|Bahrain|BHRGOV",
    "Qaboos bin Said|Sultan Qaboos;Qaboos bin Said al-Said;Qaboos|Oman|OMNGOV",
    "Haitham bin Tariq|Haitham bin Tarik;Sultan Haitham;Haitham bin Tariq Al Said|Oman|OMNGOV",
    "Abdullah II|King Abdullah II;Abdullah II of Jordan;King Abdullah II of Jordan|Jordan|JORGOV",
    "Ali Abdullah Saleh||Yemen|YEMGOV",
    "Abd Rabbuh Mansur Hadi|Abdrabbuh Mansour Hadi;Abed Rabbo Mansour Hadi;Abdrabbo Mansour Hadi;Mansour Hadi|Yemen|YEMGOV",
    "Rashad al-Alimi|al-Alimi|Yemen|YEMGOV",
    "Abdul-Malik al-Houthi|Abdul Malik al-Houthi;Abdulmalik al-Houthi;Abdel-Malek al-Houthi;al-Houthi|Houthis|YEMREB",
    # --- Egypt / Maghreb / Libya ---
    "Hosni Mubarak|Mubarak|Egypt|EGYGOV",
    "Mohamed Morsi|Mohammed Morsi;Mohamed Mursi;Morsi;Mursi|Egypt|EGYGOV",
    "Sameh Shoukry|Shoukry|Egypt|EGYGOV",
    "Badr Abdelatty|Badr Abdel Aty;Abdelatty|Egypt|EGYGOV",
    "Muammar Gaddafi|Muammar Qaddafi;Muammar Gadhafi;Moammar Gadhafi;Moammar Qaddafi;Muammar al-Gaddafi;Muammar al-Qaddafi;Gaddafi;Qaddafi;Gadhafi;Kadhafi|Libya|LBYGOV",
    "Abdul Hamid Dbeibah|Abdulhamid Dbeibah;Abdul Hamid Dbeibeh;Dbeibah;Dbeibeh|Libya|LBYGOV",
    "Khalifa Haftar|Khalifa Hifter;Haftar;Hifter|Libyan National Army|LBYREB",
    "Zine El Abidine Ben Ali|Zine al-Abidine Ben Ali;Ben Ali|Tunisia|TUNGOV",
    "Kais Saied|Kaïs Saïed;Kais Saeid;Saied;Saïed|Tunisia|TUNGOV",
    "Abdelaziz Bouteflika|Bouteflika|Algeria|DZAGOV",
    "Abdelmadjid Tebboune|Abdelmajid Tebboune;Tebboune|Algeria|DZAGOV",
    "Mohammed VI|King Mohammed VI;Mohammed VI of Morocco|Morocco|MARGOV",
    # --- Horn of Africa / Sudan ---
    "Omar al-Bashir|Omar Hassan al-Bashir;Omar Bashir;al-Bashir|Sudan|SDNGOV",
    "Abdel Fattah al-Burhan|Abdel-Fattah al-Burhan;Abdel Fattah Burhan;al-Burhan|Sudan|SDNMIL",
    "Mohamed Hamdan Dagalo|Mohamed Hamdan Daglo;Hemedti;Hemeti;Dagalo;Daglo|Rapid Support Forces|SDNREB",
    "Salva Kiir|Salva Kiir Mayardit;Kiir|South Sudan|SSDGOV",
    "Meles Zenawi|Meles|Ethiopia|ETHGOV",
    "Isaias Afwerki|Isaias Afewerki;Afwerki;Afewerki|Eritrea|ERIGOV",
    "Hassan Sheikh Mohamud|Hassan Sheikh|Somalia|SOMGOV",
    "Mohamed Abdullahi Farmaajo|Mohamed Abdullahi Mohamed;Mohamed Farmajo;Farmaajo;Farmajo|Somalia|SOMGOV",
    # --- East / Central Africa ---
    "Mwai Kibaki|Kibaki|Kenya|KENGOV",
    "Uhuru Kenyatta|Kenyatta;Uhuru|Kenya|KENGOV",
    "William Ruto|Ruto|Kenya|KENGOV",
    "Yoweri Museveni|Museveni|Uganda|UGAGOV",
    "Joseph Kabila|Kabila|Democratic Republic of the Congo|CODGOV",
    "Félix Tshisekedi|Felix Tshisekedi;Tshisekedi|Democratic Republic of the Congo|CODGOV",
    "Samia Suluhu Hassan|Samia Suluhu|Tanzania|TZAGOV",
    "Paul Biya|Biya|Cameroon|CMRGOV",
    # --- West Africa / Sahel ---
    "Olusegun Obasanjo|Obasanjo|Nigeria|NGAGOV",
    "Goodluck Jonathan|Goodluck Ebele Jonathan|Nigeria|NGAGOV",
    "Muhammadu Buhari|Buhari|Nigeria|NGAGOV",
    "Bola Tinubu|Bola Ahmed Tinubu;Tinubu|Nigeria|NGAGOV",
    "Abubakar Shekau|Shekau|Boko Haram|NGAREB",
    "Laurent Gbagbo|Gbagbo|Ivory Coast|CIVGOV",
    "Alassane Ouattara|Ouattara|Ivory Coast|CIVGOV",
    "Assimi Goïta|Assimi Goita;Goïta;Goita|Mali|MLIGOV",
    "Ibrahim Traoré|Ibrahim Traore|Burkina Faso|BFAGOV",
    "Mohamed Bazoum|Bazoum|Niger|NERGOV",
    "Abdourahamane Tchiani|Abdourahamane Tiani;Tchiani;Tiani|Niger|NERGOV",
    "Idriss Déby|Idriss Deby;Idriss Déby Itno;Idriss Deby Itno;Déby;Deby|Chad|TCDGOV",
    "Mahamat Idriss Déby|Mahamat Idriss Deby;Mahamat Déby;Mahamat Deby|Chad|TCDGOV",
    # --- Southern Africa ---
    "Nelson Mandela|Mandela|South Africa|ZAFGOV",
    "Thabo Mbeki|Mbeki|South Africa|ZAFGOV",
    "Jacob Zuma|Zuma|South Africa|ZAFGOV",
    "Robert Mugabe|Mugabe|Zimbabwe|ZWEGOV",
    "Emmerson Mnangagwa|Mnangagwa|Zimbabwe|ZWEGOV",
    # --- Afghanistan / Pakistan / armed groups there ---
    "Hamid Karzai|Karzai|Afghanistan|AFGGOV",
    "Ashraf Ghani|Ashraf Ghani Ahmadzai|Afghanistan|AFGGOV",
    "Mullah Mohammad Omar|Mullah Omar;Mullah Mohammed Omar|Taliban|AFGGOV",
    "Hibatullah Akhundzada|Haibatullah Akhundzada;Hibatullah Akhunzada;Akhundzada|Taliban|AFGGOV",
    "Abdul Ghani Baradar|Mullah Baradar;Baradar|Taliban|AFGGOV",
    "Sirajuddin Haqqani|Siraj Haqqani|Taliban|AFGGOV",
    "Osama bin Laden|Usama bin Laden;Osama Bin Laden;bin Laden|Al-Qaeda|IMGAQ",
    "Ayman al-Zawahiri|Ayman al-Zawahri;Ayman Zawahiri;al-Zawahiri;Zawahiri|Al-Qaeda|IMGAQ",
    "Abu Musab al-Zarqawi|Abu Musab Zarqawi;al-Zarqawi;Zarqawi|Al-Qaeda|IMGAQ",
    "Abu Bakr al-Baghdadi|Abu Bakr Baghdadi;al-Baghdadi;Baghdadi|Islamic State|IMGISIS",
    "Benazir Bhutto|Bhutto|Pakistan|PAKGOV",
    "Nawaz Sharif|Mian Nawaz Sharif|Pakistan|PAKGOV",
    "Pervez Musharraf|Musharraf|Pakistan|PAKGOV",
    "Asif Ali Zardari|Zardari|Pakistan|PAKGOV",
    "Bilawal Bhutto Zardari|Bilawal Bhutto;Bilawal|Pakistan|PAKGOV",
    "Imran Khan||Pakistan|PAKGOV",
    "Shehbaz Sharif|Shahbaz Sharif;Shehbaz|Pakistan|PAKGOV",
    "Asim Munir|Syed Asim Munir|Pakistan|PAKMIL",
    # --- India / South Asia ---
    "Atal Bihari Vajpayee|Vajpayee|India|INDGOV",
    "Manmohan Singh|Manmohan|India|INDGOV",
    "Droupadi Murmu|Murmu|India|INDGOV",
    "Sushma Swaraj||India|INDGOV",
    "Subrahmanyam Jaishankar|S. Jaishankar;S Jaishankar;Jaishankar|India|INDGOV",
    "Rajnath Singh|Rajnath|India|INDMIL",
    "Sheikh Hasina|Sheikh Hasina Wazed;Hasina|Bangladesh|BGDGOV",
    "Khaleda Zia|Khaleda|Bangladesh|BGDGOV",
    "Muhammad Yunus|Yunus|Bangladesh|BGDGOV",
    "Mahinda Rajapaksa|Mahinda Rajapakse;Rajapaksa|Sri Lanka|LKAGOV",
    "Gotabaya Rajapaksa|Gotabaya|Sri Lanka|LKAGOV",
    "Ranil Wickremesinghe|Wickremesinghe|Sri Lanka|LKAGOV",
    "Anura Kumara Dissanayake||Sri Lanka|LKAGOV",
    # --- China / Taiwan ---
    "Jiang Zemin||China|CHNGOV",
    "Hu Jintao||China|CHNGOV",
    "Zhu Rongji||China|CHNGOV",
    "Wen Jiabao||China|CHNGOV",
    "Li Keqiang||China|CHNGOV",
    "Li Qiang||China|CHNGOV",
    "Li Zhaoxing||China|CHNGOV",
    "Yang Jiechi||China|CHNGOV",
    "Chang Wanquan||China|CHNMIL",
    "Wei Fenghe||China|CHNMIL",
    "Li Shangfu||China|CHNMIL",
    "Dong Jun||China|CHNMIL",
    "Chen Shui-bian||Taiwan|TWNGOV",
    "Ma Ying-jeou||Taiwan|TWNGOV",
    "Tsai Ing-wen||Taiwan|TWNGOV",
    "Lai Ching-te|William Lai;William Lai Ching-te|Taiwan|TWNGOV",
    # --- Japan ---
    "Ryutaro Hashimoto||Japan|JPNGOV",
    "Keizo Obuchi|Obuchi|Japan|JPNGOV",
    "Yoshiro Mori||Japan|JPNGOV",
    "Junichiro Koizumi|Koizumi|Japan|JPNGOV",
    "Shinzo Abe|Abe|Japan|JPNGOV",
    "Yasuo Fukuda|Fukuda|Japan|JPNGOV",
    "Taro Aso|Aso|Japan|JPNGOV",
    "Yukio Hatoyama|Hatoyama|Japan|JPNGOV",
    "Naoto Kan||Japan|JPNGOV",
    "Yoshihiko Noda|Noda|Japan|JPNGOV",
    "Yoshihide Suga|Suga|Japan|JPNGOV",
    "Shigeru Ishiba|Ishiba|Japan|JPNGOV",
    "Sanae Takaichi|Takaichi|Japan|JPNGOV",
    "Toshimitsu Motegi|Motegi|Japan|JPNGOV",
    # --- Koreas ---
    "Kim Young-sam|Kim Young Sam;Kim Young-Sam|South Korea|KORGOV",
    "Kim Dae-jung|Kim Dae Jung;Kim Dae-Jung|South Korea|KORGOV",
    "Roh Moo-hyun|Roh Moo Hyun;Roh Moo-Hyun|South Korea|KORGOV",
    "Lee Myung-bak|Lee Myung Bak;Lee Myung-Bak|South Korea|KORGOV",
    "Park Geun-hye|Park Geun Hye;Park Geun-Hye|South Korea|KORGOV",
    "Moon Jae-in|Moon Jae In;Moon Jae-In|South Korea|KORGOV",
    "Lee Jae-myung|Lee Jae Myung;Lee Jae-Myung|South Korea|KORGOV",
    "Kim Jong Il|Kim Jong-il;Kim Jong-Il|North Korea|PRKGOV",
    "Kim Yo Jong|Kim Yo-jong;Kim Yo-Jong|North Korea|PRKGOV",
    # --- Southeast Asia ---
    "Suharto|Soeharto|Indonesia|IDNGOV",
    "Megawati Sukarnoputri|Megawati Soekarnoputri;Megawati|Indonesia|IDNGOV",
    "Susilo Bambang Yudhoyono|Yudhoyono;SBY|Indonesia|IDNGOV",
    "Joko Widodo|Jokowi;Widodo|Indonesia|IDNGOV",
    "Prabowo Subianto|Prabowo|Indonesia|IDNGOV",
    "Benigno Aquino III|Benigno Aquino;Noynoy Aquino|Philippines|PHLGOV",
    "Rodrigo Duterte|Duterte|Philippines|PHLGOV",
    "Ferdinand Marcos Jr.|Ferdinand Marcos Jr;Bongbong Marcos;Marcos|Philippines|PHLGOV",
    "Mahathir Mohamad|Mahathir Mohammad;Mahathir|Malaysia|MYSGOV",
    "Najib Razak|Najib Tun Razak;Najib|Malaysia|MYSGOV",
    "Anwar Ibrahim||Malaysia|MYSGOV",
    "Lee Hsien Loong||Singapore|SGPGOV",
    "Lawrence Wong||Singapore|SGPGOV",
    "Thaksin Shinawatra|Thaksin|Thailand|THAGOV",
    "Yingluck Shinawatra|Yingluck|Thailand|THAGOV",
    "Prayut Chan-o-cha|Prayuth Chan-ocha;Prayut Chan-ocha;Prayuth Chan-o-cha;Prayut;Prayuth|Thailand|THAGOV",
    "Paetongtarn Shinawatra|Paetongtarn|Thailand|THAGOV",
    "Anutin Charnvirakul|Anutin|Thailand|THAGOV",
    "Aung San Suu Kyi|Daw Aung San Suu Kyi;Suu Kyi|Myanmar|MMRGOV",
    "Min Aung Hlaing||Myanmar|MMRMIL",
    "Hun Sen||Cambodia|KHMGOV",
    "Hun Manet||Cambodia|KHMGOV",
    "Nguyen Phu Trong|Nguyễn Phú Trọng|Vietnam|VNMGOV",
    "To Lam|Tô Lâm|Vietnam|VNMGOV",
    # --- Latin America ---
    "Fernando Henrique Cardoso|FHC|Brazil|BRAGOV",
    "Dilma Rousseff|Rousseff;Dilma|Brazil|BRAGOV",
    "Michel Temer|Temer|Brazil|BRAGOV",
    "Jair Bolsonaro|Bolsonaro|Brazil|BRAGOV",
    "Carlos Menem|Menem|Argentina|ARGGOV",
    "Néstor Kirchner|Nestor Kirchner|Argentina|ARGGOV",
    "Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;Cristina Kirchner;Fernández de Kirchner;Fernandez de Kirchner;Kirchner|Argentina|ARGGOV",
    "Mauricio Macri|Macri|Argentina|ARGGOV",
    "Alberto Fernández|Alberto Fernandez|Argentina|ARGGOV",
    "Javier Milei|Milei|Argentina|ARGGOV",
    "Ernesto Zedillo|Zedillo|Mexico|MEXGOV",
    "Vicente Fox||Mexico|MEXGOV",
    "Felipe Calderón|Felipe Calderon|Mexico|MEXGOV",
    "Enrique Peña Nieto|Enrique Pena Nieto;Peña Nieto;Pena Nieto|Mexico|MEXGOV",
    "Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador;AMLO|Mexico|MEXGOV",
    "Claudia Sheinbaum|Sheinbaum|Mexico|MEXGOV",
    "Hugo Chávez|Hugo Chavez;Chávez;Chavez|Venezuela|VENGOV",
    "Juan Guaidó|Juan Guaido;Guaidó;Guaido|Venezuela|VENOPP",
    "María Corina Machado|Maria Corina Machado|Venezuela|VENOPP",
    "Álvaro Uribe|Alvaro Uribe;Uribe|Colombia|COLGOV",
    "Juan Manuel Santos||Colombia|COLGOV",
    "Iván Duque|Ivan Duque|Colombia|COLGOV",
    "Gustavo Petro|Petro|Colombia|COLGOV",
    "Michelle Bachelet|Bachelet|Chile|CHLGOV",
    "Sebastián Piñera|Sebastian Pinera;Piñera;Pinera|Chile|CHLGOV",
    "Gabriel Boric|Boric|Chile|CHLGOV",
    "Alberto Fujimori|Fujimori|Peru|PERGOV",
    "Evo Morales|Evo|Bolivia|BOLGOV",
    "Rafael Correa||Ecuador|ECUGOV",
    "Daniel Noboa|Noboa|Ecuador|ECUGOV",
    "Fidel Castro||Cuba|CUBGOV",
    "Raúl Castro|Raul Castro|Cuba|CUBGOV",
    "Miguel Díaz-Canel|Miguel Diaz-Canel;Díaz-Canel;Diaz-Canel|Cuba|CUBGOV",
    "Daniel Ortega||Nicaragua|NICGOV",
    "Nayib Bukele|Bukele|El Salvador|SLVGOV",
    # --- United Nations system and other international organizations ---
    "Kofi Annan|Annan|United Nations|IGOUNO",
    "Ban Ki-moon|Ban Ki Moon;Ban Ki-Moon|United Nations|IGOUNO",
    "Volker Türk|Volker Turk|Office of the UN High Commissioner for Human Rights|IGOOHCHR",
    "Philippe Lazzarini|Lazzarini|UN Relief and Works Agency for Palestine Refugees|IGOUNRWA",
    "Mohamed ElBaradei|Mohamed El Baradei;Mohamed el-Baradei;ElBaradei;El Baradei;el-Baradei|International Atomic Energy Agency|IGOIAEA",
    "Yukiya Amano|Amano|International Atomic Energy Agency|IGOIAEA",
    "Gro Harlem Brundtland|Brundtland|World Health Organization|IGOWHO",
    "Margaret Chan||World Health Organization|IGOWHO",
    "Dominique Strauss-Kahn|Strauss-Kahn;DSK|International Monetary Fund|IGOIMF",
    "Kristalina Georgieva|Georgieva|International Monetary Fund|IGOIMF",
    "James Wolfensohn|Wolfensohn|World Bank|IGOWB",
    "Robert Zoellick|Zoellick|World Bank|IGOWB",
    "Ajay Banga|Banga|World Bank|IGOWB",
    "José Manuel Barroso|Jose Manuel Barroso;José Manuel Durão Barroso;Jose Manuel Durao Barroso;Barroso|European Commission|IGOEEC",
    "Jean-Claude Juncker|Juncker|European Commission|IGOEEC",
    "Michel Barnier|Barnier|European Commission|IGOEEC",
    "Herman Van Rompuy|Herman van Rompuy;Van Rompuy;van Rompuy|European Council|IGOEEC",
    "Charles Michel||European Council|IGOEEC",
    "António Costa|Antonio Costa|European Council|IGOEEC",
    "Javier Solana|Solana|European Union|IGOEEC",
    "Catherine Ashton|Cathy Ashton;Baroness Ashton|European Union|IGOEEC",
    "Federica Mogherini|Mogherini|European Union|IGOEEC",
    "Josep Borrell|Josep Borrell Fontelles;Borrell|European Union|IGOEEC",
    "Kaja Kallas|Kallas|European Union|IGOEEC",
    "Roberta Metsola|Metsola|European Parliament|IGOEEC",
    "Christine Lagarde|Lagarde|European Central Bank|IGOECB",
    "George Robertson|Lord Robertson|North Atlantic Treaty Organization|IGONAT",
    "Jaap de Hoop Scheffer|de Hoop Scheffer|North Atlantic Treaty Organization|IGONAT",
    "Anders Fogh Rasmussen|Fogh Rasmussen|North Atlantic Treaty Organization|IGONAT",
    "Mark Rutte|Rutte|North Atlantic Treaty Organization|IGONAT",
    "Alpha Oumar Konaré|Alpha Oumar Konare;Konaré;Konare|African Union Commission|IGOAU",
    "Nkosazana Dlamini-Zuma|Nkosazana Dlamini Zuma;Dlamini-Zuma;Dlamini Zuma|African Union Commission|IGOAU",
    "Moussa Faki Mahamat|Moussa Faki|African Union Commission|IGOAU",
    "Mahmoud Ali Youssouf||African Union Commission|IGOAU",
    "Amr Moussa|Amr Mousa|Arab League|IGOARL",
    "Ahmed Aboul Gheit|Ahmed Abul Gheit;Aboul Gheit;Aboul-Gheit|Arab League|IGOARL",
]

# ---------------------------------------------------------------------------
# Agencies: generic agency types, found next to a country ("the Syrian Foreign
# Ministry", "Turkey's Intelligence Agency", "Ministry of Foreign Affairs of
# Brazil").  "name|role|aliases".  "Government" is deliberately absent: "the
# Turkish government" is the country itself (handled by the extractor).
# ---------------------------------------------------------------------------
AGENCIES = [
    "Ministry of Foreign Affairs|GOV|Foreign Ministry;Ministry of Foreign Affairs;Foreign Affairs Ministry;Ministry of External Affairs;External Affairs Ministry;Ministry for Foreign Affairs;foreign ministry;Ministry of Foreign Affairs and International Cooperation;Foreign Office",
    "Ministry of Defense|MIL|Defense Ministry;Defence Ministry;Ministry of Defense;Ministry of Defence;Ministry of National Defense;Ministry of National Defence;National Defense Ministry;defense ministry;defence ministry",
    "Ministry of Interior|GOV|Interior Ministry;Ministry of Interior;Ministry of the Interior;Home Ministry;Ministry of Home Affairs;Ministry of Internal Affairs;interior ministry",
    "Ministry of Justice|JUD|Justice Ministry;Ministry of Justice;justice ministry",
    "Ministry of Finance|GOV|Finance Ministry;Ministry of Finance;Ministry of Economy and Finance;Treasury Ministry;finance ministry",
    "Ministry of Economy|GOV|Economy Ministry;Ministry of Economy;Economic Ministry;Ministry of Economic Affairs",
    "Ministry of Trade|GOV|Trade Ministry;Ministry of Trade;Commerce Ministry;Ministry of Commerce;Ministry of Trade and Industry;Ministry of Foreign Trade;trade ministry;commerce ministry",
    "Ministry of Health|GOV|Health Ministry;Ministry of Health;Ministry of Public Health;health ministry",
    "Ministry of Energy|GOV|Energy Ministry;Ministry of Energy;Oil Ministry;Ministry of Oil;Ministry of Petroleum;energy ministry",
    "Ministry of Information|GOV|Information Ministry;Ministry of Information;information ministry",
    "Ministry of Intelligence|SPY|Intelligence Ministry;Ministry of Intelligence",
    "Presidency|GOV|Presidency;presidency;Presidential Office;presidential office;President's Office;Office of the President;Presidential Palace;presidential palace;Presidential Administration",
    "Prime Minister's Office|GOV|Prime Minister's Office;Office of the Prime Minister;prime minister's office;PMO",
    "National Security Council|GOV|National Security Council;national security council",
    # Embassies and consulates are left out on purpose: in news they are
    # places and targets ("the assault on the Mexican embassy"), not actors.
    "Permanent Mission|GOV|Permanent Mission;permanent mission;Mission to the United Nations;mission to the United Nations;Mission to the UN;mission to the UN",
    "Intelligence Agency|SPY|Intelligence Agency;intelligence agency;Intelligence Service;intelligence service;intelligence services;National Intelligence Agency;Intelligence Organization;intelligence organization;spy agency;General Intelligence Directorate;General Intelligence Service",
    "Military Intelligence|SPY|Military Intelligence;military intelligence;Military Intelligence Directorate",
    "Security Service|SPY|Security Service;security service;State Security;state security;State Security Service;Security Agency;security agency",
    "National Police|COP|National Police;police;Police;police force;Police Force;Federal Police;federal police;National Police Agency",
    "Security Forces|COP|Security Forces;security forces",
    "Gendarmerie|COP|Gendarmerie;gendarmerie",
    "Border Guard|COP|Border Guard;border guard;border guards;Border Police;border police;Border Service;Border Guard Service",
    "Armed Forces|MIL|Armed Forces;armed forces;Army;army;military;Military;Ground Forces;ground forces;Land Forces;Defense Forces;Defence Forces;defense forces;defence forces",
    "Navy|MIL|Navy;navy;Naval Forces;naval forces",
    "Air Force|MIL|Air Force;air force;Air Forces;air forces;Aerospace Forces;Air Defense Forces;air defenses;air defences",
    "Coast Guard|MIL|Coast Guard;coast guard;Coastguard;coastguard",
    "National Guard|MIL|National Guard;national guard",
    "Special Forces|MIL|Special Forces;special forces;commandos",
    "General Staff|MIL|General Staff;general staff;Joint Staff;Defense Staff;Defence Staff",
    "Joint Chiefs of Staff|MIL|Joint Chiefs of Staff;Joint Chiefs",
    "Parliament|LEG|Parliament;parliament;Legislature;legislature;parliamentary committee;Parliamentary Committee;lawmakers;Lawmakers;MPs;legislators",
    "National Assembly|LEG|National Assembly;national assembly;Assembly of the Republic",
    "Congress|LEG|Congress;congress",
    "Senate|LEG|Senate;senate;Upper House;upper house;senators",
    "House of Representatives|LEG|House of Representatives;Lower House;lower house",
    "Supreme Court|JUD|Supreme Court;supreme court;High Court;high court",
    "Constitutional Court|JUD|Constitutional Court;constitutional court;Constitutional Council",
    "Judiciary|JUD|Judiciary;judiciary;courts;court",
    "Prosecutor's Office|JUD|Prosecutor's Office;prosecutor's office;Prosecutor General's Office;Public Prosecutor's Office;Attorney General's Office;attorney general's office;prosecutors;Prosecutors",
    "Central Bank|GOV|Central Bank;central bank",
    "Election Commission|GOV|Election Commission;Electoral Commission;election commission;electoral commission;Electoral Council",
]

# ---------------------------------------------------------------------------
# Titles: "title|role".  Written capitalized; per docs/lexicon.md forms that
# start with a capital letter are matched case-sensitively, so the loader has
# to accept the lower-case spelling of a title itself ("foreign minister").
# role "" = the title belongs to whatever body it is attached to (UN, EU, a
# party, an agency): the actor takes that body's code unchanged.
# ---------------------------------------------------------------------------
TITLES = [
    # heads of state / government
    "President|GOV", "Vice President|GOV", "Vice-President|GOV", "First Vice President|GOV",
    "President-elect|GOV", "Acting President|GOV", "Interim President|GOV", "Transitional President|GOV",
    "Prime Minister|GOV", "Deputy Prime Minister|GOV", "Vice Premier|GOV", "Premier|GOV",
    "Acting Prime Minister|GOV", "Interim Prime Minister|GOV", "Caretaker Prime Minister|GOV",
    "Chancellor|GOV", "Vice Chancellor|GOV", "Head of State|GOV", "Head of Government|GOV",
    "King|GOV", "Queen|GOV", "Crown Prince|GOV", "Prince|GOV", "Emir|GOV", "Amir|GOV", "Sultan|GOV",
    "Supreme Leader|GOV", "Junta Leader|MIL", "Military Ruler|MIL", "Ruler|GOV", "Monarch|GOV",
    # ministers
    "Minister|GOV", "State Minister|GOV", "Minister of State|GOV", "Deputy Minister|GOV", "Vice Minister|GOV",
    "Foreign Minister|GOV", "Minister of Foreign Affairs|GOV", "Foreign Affairs Minister|GOV",
    "Minister for Foreign Affairs|GOV", "External Affairs Minister|GOV", "Minister of External Affairs|GOV",
    "Deputy Foreign Minister|GOV", "Vice Foreign Minister|GOV", "Top Diplomat|GOV", "Chief Diplomat|GOV",
    "Foreign Secretary|GOV", "Secretary of State|GOV", "Deputy Secretary of State|GOV",
    # "US Deputy Secretary of Energy X": the department follows as "of ...".
    "Secretary|GOV", "Deputy Secretary|GOV", "Under Secretary|GOV", "Undersecretary|GOV",
    "Assistant Secretary of State|GOV", "Under Secretary of State|GOV",
    "Defense Minister|MIL", "Defence Minister|MIL", "Minister of Defense|MIL", "Minister of Defence|MIL",
    "Minister of National Defense|MIL", "National Defense Minister|MIL", "Deputy Defense Minister|MIL",
    "Deputy Defence Minister|MIL", "Secretary of Defense|MIL", "Defense Secretary|MIL",
    "Defence Secretary|MIL", "Secretary of War|MIL", "War Minister|MIL",
    "Interior Minister|GOV", "Minister of Interior|GOV", "Minister of the Interior|GOV",
    "Home Minister|GOV", "Home Secretary|GOV", "Homeland Security Secretary|GOV",
    "Justice Minister|JUD", "Minister of Justice|JUD", "Attorney General|JUD",
    "Finance Minister|GOV", "Minister of Finance|GOV", "Treasury Secretary|GOV",
    "Chancellor of the Exchequer|GOV", "Economy Minister|GOV", "Minister of Economy|GOV",
    "Trade Minister|GOV", "Minister of Trade|GOV", "Commerce Minister|GOV", "Commerce Secretary|GOV",
    "Trade Representative|GOV", "Energy Minister|GOV", "Oil Minister|GOV", "Health Minister|GOV",
    "Information Minister|GOV", "Intelligence Minister|SPY", "Security Minister|GOV",
    "National Security Adviser|GOV", "National Security Advisor|GOV", "Adviser|GOV", "Advisor|GOV",
    "Senior Adviser|GOV", "Chief of Staff|GOV", "Cabinet Secretary|GOV",
    "Spokesperson|GOV", "Spokesman|GOV", "Spokeswoman|GOV", "Press Secretary|GOV",
    "Ambassador|GOV", "Ambassador Extraordinary and Plenipotentiary|GOV", "Deputy Ambassador|GOV", "Permanent Representative|GOV", "Envoy|GOV",
    "Special Envoy|GOV", "Chargé d'Affaires|GOV", "Charge d'Affaires|GOV", "Consul General|GOV",
    "Diplomat|GOV", "Negotiator|GOV", "Chief Negotiator|GOV", "Official|GOV", "Senior Official|GOV",
    "Governor|GOV", "Mayor|GOV",
    # international organizations
    # A Secretary-General named without an organization is the UN's.
    "Secretary-General||United Nations", "Secretary General||United Nations",
    "Deputy Secretary-General||United Nations", "Deputy Secretary General||United Nations",
    "Under-Secretary-General||United Nations", "Assistant Secretary-General||United Nations", "Special Representative|",
    "Special Rapporteur|", "High Representative|", "High Commissioner|", "Commissioner|",
    "Director-General|", "Director General|", "Executive Director|", "Director|", "Deputy Director|",
    "Chairperson|", "Chairman|", "Chairwoman|", "Chair|", "Vice Chairman|", "Head|", "Chief|",
    "Leader|", "Deputy Leader|", "Coordinator|", "Humanitarian Coordinator|", "Rapporteur|",
    "Representative|", "Country Representative|", "Resident Coordinator|", "President of the Commission|",
    "Foreign Policy Chief|", "Human Rights Chief|", "Rights Chief|", "Refugee Chief|", "Aid Chief|",
    "Humanitarian Chief|", "Relief Chief|", "Nuclear Chief|", "Rebel Leader|", "Militia Leader|",
    "Chief Executive|GOV", "Foreign Ministry Spokesperson|GOV", "Foreign Ministry Spokesman|GOV",
    "Foreign Ministry Spokeswoman|GOV", "Defense Ministry Spokesman|MIL", "Defence Ministry Spokesman|MIL",
    "Government Spokesman|GOV", "Government Spokesperson|GOV", "Defense Chief|MIL", "Defence Chief|MIL",
    "Security Chief|GOV",
    "Opposition Leader|LEG",
    # military
    "General|MIL", "Lieutenant General|MIL", "Major General|MIL", "Brigadier General|MIL",
    "Brigadier|MIL", "Field Marshal|MIL", "Marshal|MIL", "Air Marshal|MIL", "Admiral|MIL",
    "Vice Admiral|MIL", "Rear Admiral|MIL", "Colonel|MIL", "Lieutenant Colonel|MIL",
    "Commander|MIL", "Commander-in-Chief|MIL", "Commander in Chief|MIL",
    "Chief of General Staff|MIL", "Chief of the General Staff|MIL", "Chief of Defence Staff|MIL",
    "Chief of the Defence Staff|MIL", "Chief of Army Staff|MIL", "Army Chief|MIL",
    "Chief of Defense|MIL", "Chairman of the Joint Chiefs of Staff|MIL", "Military Chief|MIL",
    "Military Spokesman|MIL",
    # intelligence / police / justice
    "Intelligence Chief|SPY", "Spy Chief|SPY", "Intelligence Director|SPY",
    "Director of National Intelligence|SPY", "Police Chief|COP", "Chief of Police|COP",
    "Police Commissioner|COP", "Prosecutor|JUD", "Chief Prosecutor|JUD", "Prosecutor General|JUD",
    "Judge|JUD", "Chief Justice|JUD",
    # legislature
    "Speaker|LEG", "Parliament Speaker|LEG", "Deputy Speaker|LEG", "Senator|LEG", "Senate Majority Leader|LEG",
    "Lawmaker|LEG", "Legislator|LEG", "MP|LEG", "Member of Parliament|LEG", "Congressman|LEG",
    "Congresswoman|LEG", "Deputy|LEG", "MEP|LEG",
]


# ---------------------------------------------------------------------------
# Verbs and meetings: data/verbs.txt, data/meetings.txt and
# data/cameo.tsv (their headers say the format); every "verb*" form is
# expanded from WordNet (tools/wordnet.py).
# ---------------------------------------------------------------------------
def data_lines(path):
    """(line number, fields) of a "|"-separated data file, comments left out."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield n, [x.strip() for x in line.split("|")]


def cameo_table(path):
    """code -> (quad class, Goldstein) from data/cameo.tsv, the one code table
    (docs/event-data.md): a verb's Goldstein value and polarity (+1 for quad
    class 1-2, -1 for 3-4) come from its code, so they always agree."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            col = line.rstrip("\n").split("\t")
            table[col[0]] = (int(col[2]), float(col[3]))
    return table


def expand_forms(wn, specs, where):
    """"condemn*" -> every WordNet form; "call* on" -> call on, calls on, ...;
    "-form" leaves a form out; anything else is taken as written."""
    out, drop = [], set()
    for spec in specs:
        if spec.startswith("-"):
            drop.add(spec[1:])
            continue
        star = [w for w in spec.split() if w.endswith("*")]
        if not star:
            out.append(spec)
            continue
        if len(star) > 1:
            sys.exit("gen_lexicon: %s: %r has more than one inflected word" % (where, spec))
        try:
            forms = wn.verb_forms(star[0][:-1])
        except KeyError:
            sys.exit("gen_lexicon: %s: WordNet knows no verb %r" % (where, star[0][:-1]))
        words = spec.split()
        k = words.index(star[0])
        out.extend(" ".join(words[:k] + [f] + words[k + 1:]) for f in forms)
    for d in drop:
        if d not in out:
            sys.exit("gen_lexicon: %s: %r is left out but no form gives it" % (where, d))
    res = []
    for f in out:
        if f not in drop and f not in res:
            res.append(f)
    return res


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def build_verbs(wn, folder, table):
    out = []
    path = os.path.join(folder, "verbs.txt")
    for n, f in data_lines(path):
        where = "%s:%d" % (path, n)
        if len(f) not in (6, 7):
            sys.exit("gen_lexicon: %s: expected lemma | label | polarity | code | forms | nouns [| preps]" % where)
        # The polarity column is documentation: polarity follows the code's
        # quad class in data/cameo.tsv, like its Goldstein value.
        lemma, label, code = f[0], f[1], f[3]
        if code not in table:
            sys.exit("gen_lexicon: %s: code %s is not in data/cameo.tsv" % (where, code))
        quad, goldstein = table[code]
        entry = {"lemma": lemma, "label": label, "polarity": 1 if quad <= 2 else -1, "code": code,
                 "goldstein": goldstein, "forms": expand_forms(wn, split_list(f[4]), where),
                 "nouns": split_list(f[5])}
        if len(f) == 7 and f[6]:
            entry["target_preps"] = split_list(f[6])
        out.append(entry)
    return out


def build_meetings(wn, folder, table):
    out = []
    path = os.path.join(folder, "meetings.txt")
    for n, f in data_lines(path):
        where = "%s:%d" % (path, n)
        if len(f) not in (4, 5):
            sys.exit("gen_lexicon: %s: expected lemma | code | forms | nouns [| preps]" % where)
        if f[1] not in table:
            sys.exit("gen_lexicon: %s: code %s is not in data/cameo.tsv" % (where, f[1]))
        entry = {"lemma": f[0], "code": f[1], "forms": expand_forms(wn, split_list(f[2]), where),
                 "nouns": split_list(f[3])}
        if len(f) == 5 and f[4]:
            entry["target_preps"] = split_list(f[4])
        out.append(entry)
    return out


# ---------------------------------------------------------------------------
# "_not_actors": capitalized phrases that CONTAIN a country form but do not
# mean the country ("Latin America" is not America, "South China Sea" is not
# China, "Northern Ireland" is not Ireland).  Not part of docs/lexicon.md:
# the loader skips sections whose name starts with "_", so this is inert
# until the extractor chooses to read it (e.g. a match here consumes the
# words without producing a mention).
# ---------------------------------------------------------------------------
NOT_ACTORS = [
    "Latin America", "South America", "North America", "Central America",
    "Latin American", "South American", "North American", "Central American",
    "African American", "African-American", "Asian American", "Native American",
    "Gulf of Mexico", "Gulf of America", "New Mexico", "New South Wales", "New Jersey",
    "New Guinea", "Northern Ireland", "Northern Irish", "Irish Sea",
    "South China Sea", "East China Sea", "South China Morning Post", "Sea of Japan",
    "Indian Ocean", "Arabian Sea", "Niger Delta", "Niger River", "Congo River", "Congo Basin",
    "Jordan River", "Jordan Valley", "Washington State", "Washington state",
    "Washington Post", "Washington Times", "Washington Examiner", "Washington Institute",
    "Moscow Times", "Jerusalem Post", "Tehran Times", "Kyiv Independent", "Kyiv Post",
    "Turkish Airlines", "Qatar Airways", "Singapore Airlines",
    "Russian Orthodox Church", "Ukrainian Orthodox Church", "Greek Orthodox",
    "Turkish Cypriot", "Turkish Cypriots", "Greek Cypriot", "Greek Cypriots",
    "Chinese New Year", "Hong Kong dollar", "Brussels sprouts",
    # News media are sources, not actors (corpus convention 1), whatever
    # country names them ("Kuwait News Agency").
    "News Agency", "Press Agency", "News Service",
]

# ---------------------------------------------------------------------------
# Word classes: data/word_classes.txt (its header says the format).
# ---------------------------------------------------------------------------
def read_word_classes(path):
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            if line.startswith("["):
                head = line.strip("[]").split()
                if not line.endswith("]") or len(head) not in (1, 2) or head[1:] not in ([], ["exact"]):
                    sys.exit("gen_lexicon: %s:%d: expected [name] or [name exact]" % (path, n))
                cur = {"class": head[0]}
                if head[1:]:
                    cur["case"] = "exact"
                cur["words"] = []
                out.append(cur)
                continue
            if cur is None:
                sys.exit("gen_lexicon: %s:%d: words before the first [class]" % (path, n))
            for w in line.split():
                if w not in cur["words"]:
                    cur["words"].append(w)
    return out


# ---------------------------------------------------------------------------
# Lemmas: the WordNet lemma of every one-word form the lexicon knows (verb and
# meeting forms and nouns, the open word classes), for the vocabulary.
# ---------------------------------------------------------------------------
VERB_CLASSES = {"speech_verb", "news_verb", "light_verb", "report_verb", "wish_verb", "appeal_word",
                "motion_word", "attendance_verb"}
NOUN_CLASSES = {"government_noun", "agency_head_noun", "state_noun", "force_noun", "official_noun",
                "people_noun", "pair_noun", "proposal_noun", "charge_noun", "gathering_noun", "rule_noun",
                "voice_noun", "violation_noun", "government_of_noun", "junta_noun", "ruler_noun", "capital_noun",
                "city_noun", "counterpart_noun", "not_people_noun", "presence_noun", "participation_noun",
                "institution_noun", "envoy_title", "envoy_head"}


def build_lemmas(wn, lex):
    words = []  # (word, pos)
    for sec in ("verbs", "meetings"):
        for e in lex[sec]:
            words += [(f, "verb") for f in e["forms"] if " " not in f]
            words += [(f, "noun") for f in e["nouns"] if " " not in f]
    for c in lex["word_classes"]:
        pos = "verb" if c["class"] in VERB_CLASSES else "noun" if c["class"] in NOUN_CLASSES else None
        if pos:
            words += [(w, pos) for w in c["words"]]
    table = {}
    for w, pos in words:
        lemma = wn.lemma_of(w, pos)
        if lemma and " " not in lemma:
            forms = table.setdefault((pos, lemma), [])
            if w.lower() != lemma and w.lower() not in forms:
                forms.append(w.lower())
    return [{"lemma": l, "pos": p, "forms": sorted(f)} for (p, l), f in sorted(table.items())]


# ---------------------------------------------------------------------------
# Assembly and output.
# ---------------------------------------------------------------------------
def build_organizations():
    out = []
    for line in ORGANIZATIONS:
        f = line.split("|")
        if len(f) not in (4, 5):
            sys.exit("gen_lexicon: bad organization line %r" % line)
        e = {"name": f[0], "code": f[1], "aliases": split(f[2]),
             "adjectives": split(f[4]) if len(f) == 5 else []}
        if f[3]:
            e["affiliation"] = f[3]
        out.append(e)
    return out


def build_persons():
    out = []
    for line in PERSONS:
        f = line.split("|")
        if len(f) != 4:
            sys.exit("gen_lexicon: bad person line %r" % line)
        out.append({"name": f[0], "aliases": split(f[1]), "affiliation": f[2], "code": f[3]})
    return out


def build_agencies():
    out = []
    for line in AGENCIES:
        f = line.split("|")
        if len(f) != 3:
            sys.exit("gen_lexicon: bad agency line %r" % line)
        out.append({"name": f[0], "role": f[1], "aliases": split(f[2])})
    return out


def build_titles():
    out = []
    for t in TITLES:
        f = t.split("|")
        entry = {"title": f[0], "role": f[1]}
        if len(f) > 2 and f[2]:
            entry["affiliation"] = f[2]  # default when the text names none
        out.append(entry)
    return out


def read_rules(path):
    """data/rules.txt: one relation rule a line (see its header), in order."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            rule = {"name": line[0]}
            for kv in line[1:]:
                if "=" not in kv:
                    sys.exit("%s:%d: %r is not KEY=VALUE" % (path, n, kv))
                k, v = kv.split("=", 1)
                if k in ("when", "labels", "lemmas", "codes", "options"):
                    rule[k] = v.split(",")
                elif k == "reach":
                    rule[k] = int(v)
                elif k in ("polarity", "roles", "effect", "label", "before"):
                    rule[k] = v
                else:
                    sys.exit("%s:%d: unknown key %r" % (path, n, k))
            rules.append(rule)
    return rules


def dump(lex):
    """One entry per line: readable diffs, and FILE:LINE errors point at an entry."""
    parts = ['{\n  "format": %s' % json.dumps(lex["format"])]
    for sec in ("countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings"):
        items = lex[sec]
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in items)
        parts.append('  "%s": [\n%s\n  ]' % (sec, body) if items else '  "%s": []' % sec)
    parts.append('  "_not_actors": %s' % json.dumps(lex["_not_actors"], ensure_ascii=False))
    for sec in ("word_classes", "lemmas", "rules"):
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in lex[sec])
        parts.append('  "%s": [\n%s\n  ]' % (sec, body))
    return ",\n".join(parts) + "\n}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("-o", "--output", default=os.path.join(here, "..", "data", "lexicon.json"))
    ap.add_argument("--iso", default=ISO_FILE)
    ap.add_argument("--data", default=os.path.join(here, "..", "data"),
                    help="folder of the hand-curated data files (word_classes.txt, verbs.txt, ...)")
    ap.add_argument("--wordnet", default=WORDNET_DIR, help="WordNet's dict folder (Debian wordnet-base)")
    args = ap.parse_args()
    wn = WordNet(args.wordnet)
    cameo = cameo_table(os.path.join(args.data, "cameo.tsv"))
    lex = {
        "format": FORMAT,
        "countries": build_countries(args.iso),
        "organizations": build_organizations(),
        "persons": build_persons(),
        "agencies": build_agencies(),
        "titles": build_titles(),
        "verbs": build_verbs(wn, args.data, cameo),
        "meetings": build_meetings(wn, args.data, cameo),
        "_not_actors": sorted(set(NOT_ACTORS)),
        "word_classes": read_word_classes(os.path.join(args.data, "word_classes.txt")),
        "rules": read_rules(os.path.join(args.data, "rules.txt")),
    }
    lex["lemmas"] = build_lemmas(wn, lex)
    text = dump(lex)
    json.loads(text)  # sanity
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print("gen_lexicon: wrote %s (%d bytes): %s" % (
        os.path.normpath(args.output), len(text.encode("utf-8")),
        ", ".join("%d %s" % (len(lex[s]), s) for s in
                  ("countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings",
                   "word_classes", "lemmas", "rules"))))


if __name__ == "__main__":
    main()
