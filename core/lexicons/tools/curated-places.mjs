// Hand-curated place data (written for this project; no third-party source).

// Common short and alternative forms of country names used in German/English news
// (also a few disputed or occupied territories that news treat like countries).
export const EXTRA_COUNTRIES = `
USA US U.S. U.S.A. Vereinigte_Staaten Vereinigte_Staaten_von_Amerika Amerika America United_States
United_States_of_America UK U.K. Großbritannien Britain Great_Britain Vereinigtes_Königreich United_Kingdom
England Schottland Scotland Wales Nordirland Northern_Ireland Nordkorea North_Korea Südkorea South_Korea Korea
Russland Russia Russische_Föderation Russian_Federation China Volksrepublik_China People's_Republic_of_China
Taiwan Iran Syrien Syria Kosovo Palästina Palestine Palästinensergebiete Palestinian_Territories Gaza
Gazastreifen Gaza_Strip Westjordanland West_Bank Krim Crimea Donbass Donbas Tschechien Czechia Czech_Republic
Tschechische_Republik Elfenbeinküste Ivory_Coast Kongo Congo DR_Kongo DR_Congo Demokratische_Republik_Kongo
Democratic_Republic_of_the_Congo Republik_Kongo Vatikan Vatican Vatikanstadt Vatican_City Holland Niederlande
Netherlands Weißrussland Belarus Moldau Moldawien Moldova Republik_Moldau Burma Birma Myanmar Türkei Turkey
Türkiye Bosnien Bosnia Bosnien-Herzegowina Bosnia-Herzegovina Mazedonien Nordmazedonien North_Macedonia
Macedonia Emirate Vereinigte_Arabische_Emirate United_Arab_Emirates UAE VAE Saudi-Arabien Saudi_Arabia
Sowjetunion Soviet_Union UdSSR USSR DDR BRD Bundesrepublik Bundesrepublik_Deutschland Deutschland Germany
Österreich Austria Schweiz Switzerland Laos Vietnam Osttimor East_Timor Timor-Leste Eswatini Swasiland Swaziland
Kap_Verde Cape_Verde Cabo_Verde Südsudan South_Sudan Sudan Libyen Libya Tunesien Tunisia Jemen Yemen Katar
Qatar Irak Iraq Afghanistan Pakistan Indien India Hongkong Hong_Kong Macau Macao Grönland Greenland Kaschmir
Kashmir Tibet Kurdistan Somaliland Abchasien Abkhazia Südossetien South_Ossetia Transnistrien Transnistria
Bergkarabach Berg-Karabach Nagorno-Karabakh Karabach Karabakh Westsahara Western_Sahara Puerto_Rico Guam
Israel Ukraine Ukraina Polen Poland Frankreich France Italien Italy Spanien Spain Japan Brasilien Brazil
Mexiko Mexico Kanada Canada Australien Australia Neuseeland New_Zealand Südafrika South_Africa Ägypten Egypt
Libanon Lebanon Jordanien Jordan Persien Persia Armenien Armenia Aserbaidschan Azerbaijan Georgien Georgia
Kasachstan Kazakhstan Usbekistan Uzbekistan Kirgistan Kirgisistan Kyrgyzstan Tadschikistan Tajikistan
Turkmenistan Mongolei Mongolia Belgien Belgium Luxemburg Luxembourg Dänemark Denmark Norwegen Norway Schweden
Sweden Finnland Finland Island Iceland Irland Ireland Portugal Griechenland Greece Zypern Cyprus Malta
Ungarn Hungary Rumänien Romania Bulgarien Bulgaria Serbien Serbia Kroatien Croatia Slowenien Slovenia
Slowakei Slovakia Albanien Albania Montenegro Litauen Lithuania Lettland Latvia Estland Estonia
`;

// German exonyms (and a few English ones) of major world cities, as written in
// German/English news, that the GeoNames-derived list does not carry.
export const EXTRA_CITIES = `
Moskau Kiew Kyjiw Kyiv Kiev Charkiw Charkow Kharkiv Odessa Odesa Lwiw Lemberg Lviv Dnipro Saporischschja
Zaporizhzhia Cherson Kherson Mariupol Bachmut Bakhmut Awdijiwka Avdiivka Pokrowsk Pokrovsk Kramatorsk Slowjansk
Sloviansk Donezk Donetsk Luhansk Lugansk Sewastopol Sevastopol Simferopol Kursk Belgorod Sankt_Petersburg
St._Petersburg Petersburg Wolgograd Volgograd Jekaterinburg Yekaterinburg Nowosibirsk Novosibirsk Nischni_Nowgorod
Kaliningrad Königsberg Grosny Grozny Minsk Pjöngjang Pyongyang Seoul Peking Beijing Schanghai Shanghai Hongkong
Kanton Guangzhou Shenzhen Wuhan Nanking Nanjing Tokio Tokyo Osaka Kyoto Neu-Delhi New_Delhi Delhi Mumbai Bombay
Kalkutta Kolkata Madras Chennai Islamabad Karatschi Karachi Lahore Kabul Kandahar Herat Teheran Tehran Isfahan
Ispahan Maschhad Mashhad Bagdad Baghdad Mossul Mosul Basra Erbil Arbil Kirkuk Damaskus Damascus Aleppo Homs
Idlib Beirut Amman Jerusalem Tel_Aviv Tel_Aviv-Jaffa Haifa Gaza Chan_Junis Khan_Younis Rafah Ramallah Dschenin
Jenin Nablus Hebron Kairo Cairo Alexandria Riad Riyadh Dschidda Jeddah Mekka Mecca Medina Doha Dubai Abu_Dhabi
Maskat Muscat Sanaa Sana'a Aden Ankara Istanbul Konstantinopel Izmir Tiflis Tbilisi Eriwan Jerewan Yerevan
Baku Taschkent Tashkent Astana Almaty Alma-Ata Bischkek Bishkek Duschanbe Dushanbe Aschgabat Ashgabat
Warschau Warsaw Krakau Kraków Krakow Breslau Wrocław Danzig Gdańsk Posen Poznań Stettin Szczecin Lodz Łódź
Prag Prague Brünn Brno Pressburg Bratislava Budapest Bukarest Bucharest Sofia Belgrad Belgrade Zagreb Laibach
Ljubljana Sarajevo Podgorica Skopje Tirana Pristina Priština Athen Athens Thessaloniki Saloniki Nikosia Nicosia
Rom Rome Mailand Milan Neapel Naples Turin Florenz Florence Venedig Venice Genua Genoa Palermo Bologna
Madrid Barcelona Sevilla Seville Valencia Lissabon Lisbon Porto Paris Marseille Lyon Straßburg Strasbourg
Brüssel Brussels Antwerpen Antwerp Lüttich Liège Den_Haag The_Hague Amsterdam Rotterdam Luxemburg Kopenhagen
Copenhagen Stockholm Oslo Helsinki Reykjavík Reykjavik Tallinn Reval Riga Vilnius Wilna London Edinburgh
Dublin Belfast Genf Geneva Zürich Zurich Luzern Lucerne Wien Vienna München Munich Köln Cologne Nürnberg
Nuremberg Hannover Hanover Frankfurt Frankfurt_am_Main Frankfurt_(Oder) Halle Halle_(Saale) Washington
Washington_D.C. New_York New_York_City Los_Angeles Chicago San_Francisco Miami Boston Mexiko-Stadt Mexico_City
Havanna Havana Caracas Bogotá Bogota Lima Santiago Buenos_Aires Brasília Brasilia São_Paulo Rio_de_Janeiro
Ottawa Toronto Montreal Montréal Québec Quebec Canberra Sydney Melbourne Wellington Auckland Algier Algiers
Tunis Tripolis Tripoli Bengasi Benghazi Rabat Casablanca Khartum Khartoum Omdurman El_Fascher El_Fasher
Addis_Abeba Addis_Ababa Nairobi Mogadischu Mogadishu Kigali Kinshasa Goma Lagos Abuja Accra Dakar Bamako
Niamey Ouagadougou Johannesburg Pretoria Kapstadt Cape_Town Luanda Harare Jakarta Manila Bangkok Hanoi
Saigon Ho-Chi-Minh-Stadt Ho_Chi_Minh_City Phnom_Penh Rangun Yangon Naypyidaw Kuala_Lumpur Singapur Singapore
Taipeh Taipei Ulan_Bator Ulaanbaatar Dhaka Dacca Kathmandu Katmandu Colombo Davos Brüssel Straßburg Luxemburg
Den_Helder Ramstein Kiel Rostock Magdeburg Potsdam Schwerin Erfurt Dresden Leipzig Chemnitz Bonn Mainz
Wiesbaden Stuttgart Karlsruhe Saarbrücken Düsseldorf Dortmund Essen-Steele
`;

// City names from the GeoNames data that are everyday German/English words
// but are kept because, capitalised in news, they are mostly the city (judged by hand).
export const KEEP_CITIES = new Set(`Halle Hamm Bath Hof Marl Celle Herne Moers Kiel Siegen Gera Worms Weimar
Bergen Bremen Mainz Hagen Witten Goslar Dessau Soest Gotha Linz Graz Bern Basel Wels Steyr Baden Dallas Houston
Phoenix Jackson Mesa Lincoln Orlando Austin Buffalo Columbus Denver Boston Madison Oxford Cambridge Hull Derby
Bristol Lancaster Newport Kingston Victoria Santiago Regensburg Freising Homburg Landshut Rosenheim Offenburg
Ulm Trier Fürth Erlangen Bamberg Hameln Lingen Peine Bocholt Lünen Unna Haan Hilden Kerpen Brühl Pulheim Wesel
Aalen Angers Borken Charleston Frechen Geldern Haltern Langen Porto Schwerte Weiden Neustadt Queens
Kleve Emden Aurich Verden Uelzen Stade Buxtehude Wedel Pinneberg Elmshorn`.split(/\s+/));

// City names dropped by hand although the vocabularies do not flag them.
export const DROP_CITIES = new Set(`Mobile Reading Essen Bad Of Hope Independence Sale Best Deal Ely Battle March
Marathon Normal Nice Split Mary Lira Liberty Union Concord Enterprise Surprise Paradise Commerce Industry Temple
Bury`.split(/\s+/));
