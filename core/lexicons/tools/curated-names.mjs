// Hand-curated name data (written for this project; no third-party source).
// Given names and surnames that appear in German/English news but are missing
// from @faker-js/faker, in the transliterations used by German and English media.

export const EXTRA_FIRST_NAMES = `
Wladimir Vladimir Andrej Andrei Andriy Andrij Sergej Sergei Sergey Serhij Serhiy Dmitri Dmitrij Dmitry Dmytro
Wolodymyr Volodymyr Olaf Emmanuel Recep Tayyip Mohammed Muhammad Mohammad Mohamed Mohamad Mahmud Mahmoud Ahmed
Ahmad Ali Hassan Hasan Hussein Husain Benjamin Jens Annalena Ursula Kamala Narendra Joe Joseph Donald Boris
Keir Rishi Giorgia Friedrich Markus Lars Robert Christian Nancy Karl Hubertus Svenja Cem Saskia Sahra Alice
Tino Hendrik Kai Bärbel Frank-Walter Walter Horst Gerhard Angela Helmut Heiko Norbert Armin Winfried Kevin
Ricarda Lisa Boris Bijan Omid Alexej Alexei Alexey Aleksej Aleksandr Alexander Oleksandr Olexandr Oleksij
Olexij Oleksiy Jewgeni Jewgenij Yevgeny Evgeny Jegor Yegor Michail Mikhail Mychajlo Mykhailo Nikolai Nikolaj
Mykola Juri Yuri Jurij Iwan Ivan Pjotr Pyotr Petro Igor Ihor Walerij Valery Valeriy Waleri Witali Vitali
Vitaly Vitalij Wiktor Viktor Arseni Arsenij Arseniy Denys Denis Ruslan Rustem Ramsan Ramzan Anatoli Anatoly
Gennadi Gennady Konstantin Kostjantyn Kostiantyn Wassili Vasily Vassily Wiktorija Viktoriya Julija Yulia
Yuliya Olena Jelena Yelena Elena Natalja Natalia Nataliya Tatjana Tatiana Tetjana Swetlana Svetlana Ljudmila
Lyudmila Irina Iryna Oksana Olga Marija Maria Alexej Jinping Qiang Keqiang Jintao Zemin Shinzo Fumio Shigeru
Yoshihide Naruhito Jae-in Suk-yeol Jong-un Jong-il Il-sung Yo-jong Kim Narendra Rahul Sonia Indira Imran
Shehbaz Nawaz Benazir Asif Ashraf Hamid Abdullah Abdul Abdel Abd Fattah Bashar Hafez Hafis Ali Ebrahim Masoud
Massud Mahmoud Hassan Javad Dschawad Abbas Ismail Ismael Yahya Jahja Jihia Khaled Chaled Khalid Chalid Omar
Umar Osama Usama Ayman Aiman Hamad Hamid Tamim Salman Mohammed Faisal Feisal Abdulaziz Nasser Naser Anwar
Yasser Jassir Jassin Mahmud Benjamin Jair Yair Naftali Yoav Joav Isaac Jitzchak Yitzhak Izchak Ehud Ariel
Schimon Shimon Golda Bezalel Itamar Gideon Benny Benni Gadi Herzi Herzl Reuven Reuven Yoav Yossi Jossi Moshe
Mosche Avigdor Ayelet Miri Tzipi Zipi Volker Wolfgang Hans-Georg Jean-Luc Jean-Claude Jean-Marie Jean-Pierre
Jean-Yves  Ségolène Édouard Emmanuelle Élisabeth Gérald Gabriel Elisabeth Mette Sanna Magdalena Jacinda
Justin Pierre Giuseppe Mario Silvio Matteo Sergio Enrico Pedro Mariano Santiago Alberto Javier Gustavo Lula
Luiz Inácio Jair Nicolás Hugo Evo Cristina Néstor Javier Andrés Manuel Claudia Gustavo Gabriel Dilma Viktor
Andrzej Mateusz Donald Jarosław Lech Aleksander Petr Miloš Andrej Zuzana Robert Igor Aleksandar Aleksandar
Milorad Milo Slobodan Zoran Ilham Nikol Serzh Levon Salome Irakli Bidsina Bidzina Mikheil Micheil Alexander
Kassym-Jomart Nursultan Schawkat Shavkat Emomali Recep Ekrem Kemal Mustafa Ahmet Binali Devlet Mevlüt Hakan
Süleyman Selahattin Meral Hulusi Fidan Mevlut Cyril Jacob Nelson Thabo Uhuru William Paul Yoweri Abiy Isaias
Salva Riek Omar Abdel Fattah Mohamed Hamdan Hemeti Hemedti Muammar Moammar Khalifa Chalifa Fayez Abdelmadschid
Abdelmajid Kais Kaïs Béji Abdelaziz Abdelmadjid Macky Ousmane Bassirou Assimi Abdourahamane Mahamat Idriss
Félix Denis Paul Emmerson Robert Hage Bola Muhammadu Goodluck Olusegun Kwame Nana Jomo Raila George Kamala
Hillary Barack Michelle Mike Nikki Ron Kevin Mitch Chuck Nancy Marco Lindsey Ted Bernie Elizabeth Alexandria
Pete Antony Tony Lloyd Jake Kash Pam Tulsi Marco Kristi Elon Jeff Mark Sundar Satya Tim Larry Sam Warren
Rupert Boris Theresa Liz Rishi Keir Rachel Yvette Jeremy Nigel Kemi Suella Priti Sadiq Humza Nicola Alex Kwasi
Sajid Grant Dominic Jacob Michael  Ursula Charles Camilla Harry Meghan Kate Catherine Olena Volodymyr
Jens Mark Kaja Josep Antonio Roberta Ursula Christine Mario Klaus Jerome Janet Kristalina Ngozi Tedros António
Abiy Nayib Javier Dina Claudia Xiomara Daniel Rosario Gustavo Petro Gabriel Luis Nicolás Diosdado Edmundo
María Corina Juan Evo Luis Rodrigo Ferdinand Bongbong Sara Joko Prabowo Anwar Mahathir Manet Thaksin
Paetongtarn Srettha Prayut Min Hasina Muhammad Yunus Ranil Gotabaya Mahinda Anura Pushpa Kamal Ashraf Hamid
Hibatullah Haibatullah Jens-Holger Horst-Günther Karl-Theodor Hans-Jürgen Hans-Peter Karl-Heinz Klaus-Peter
Hans-Dietrich Hans-Christian Anna-Lena Marie-Agnes Marie-Luise Maria-Elisabeth Ibrahim
`;

export const EXTRA_LAST_NAMES = `
Putin Selenskyj Selenski Zelensky Zelenskyy Zelenskiy Scholz Merz Macron Trump Biden Erdoğan Erdogan Xi Kim
Netanjahu Netanyahu Lawrow Lavrov Schoigu Shoigu Beloussow Belousov Medwedew Medvedev Peskow Peskov Sacharowa
Zakharova Gerassimow Gerasimov Nawalny Navalny Nawalnaja Navalnaya Prigoschin Prigozhin Kadyrow Kadyrov
Lukaschenko Lukashenko Tichanowskaja Tsikhanouskaya Kuleba Sybiha Resnikow Reznikov Umerow Umerov Saluschnyj
Zaluzhnyi Syrskyj Syrskyi Budanow Budanov Jermak Yermak Klitschko Klitschko Schmyhal Shmyhal Swyrydenko
Svyrydenko Tymoschenko Tymoshenko Poroschenko Poroshenko Janukowitsch Yanukovych Gorbatschow Gorbachev Jelzin
Yeltsin Stalin Lenin Chruschtschow Khrushchev Breschnew Brezhnev Dugin Patruschew Patrushev Naryschkin
Naryshkin Bortnikow Bortnikov Wolodin Volodin Matwijenko Matviyenko Siluanow Siluanov Nabiullina Mischustin
Mishustin Uschakow Ushakov Dmitrijew Dmitriev Kirijenko Kiriyenko Sobjanin Sobyanin Kasparow Kasparov
Chodorkowski Khodorkovsky Abramowitsch Abramovich Deripaska Usmanow Usmanov Lebedew Lebedev Jinping Qiang
Keqiang Jintao Zemin Xiaoping Zedong Jong-un Yo-jong Jae-myung Suk-yeol Jae-in Modi Gandhi Sharif Khan Bhutto
Zardari Karzai Ghani Akhundzada Achundsada Mudschahid Mujahid Assad al-Assad Scharaa al-Scharaa al-Sharaa
Dscholani Jolani Golani Chamenei Khamenei Raisi Raissi Peseschkian Pezeshkian Araghtschi Araghchi Sarif Zarif
Rohani Rouhani Ahmadinedschad Ahmadinejad Chomeini Khomeini Soleimani Suleimani Nasrallah Nasrallah Kassem
Qassem Hanija Haniyeh Sinwar Deif Abbas Arafat Mischal Meshaal Hamdan Dagalo Burhan al-Burhan Sisi al-Sisi
Mursi Morsi Mubarak Gaddafi Gaddafi Haftar Dbeibah Saied Tebboune Erdoğan Davutoğlu Çavuşoğlu Fidan
Kılıçdaroğlu Kilicdaroglu İmamoğlu Imamoglu Özel Bahçeli Bahceli Akar Yıldırım Yildirim Soylu Öcalan Ocalan
Gülen Gulen Demirtaş Demirtas Gallant Galant Katz Smotrich Smotrich Ben-Gvir Gantz Lapid Bennett Olmert Barak
Scharon Sharon Rabin Peres Herzog Eisenkot Halevi Zamir Dermer Barnea Ronen Hagari Hochstein Witkoff Kushner
Rubio Vance Hegseth Gabbard Patel Bondi Noem Waltz Leavitt Musk Bezos Zuckerberg Pelosi McConnell Schumer
Jeffries Johnson McCarthy Harris Walz Obama Clinton Sanders Warren Cheney DeSantis Haley Ramaswamy Newsom
Blinken Austin Sullivan Kirby Jean-Pierre Yellen Powell Garland Mayorkas Raimondo Buttigieg Kerry Pompeo Pence
Bolton Tillerson Mattis Esper Milley Kennedy Roosevelt Lincoln Reagan Nixon Carter Bush Truman Eisenhower
Kissinger Albanese Trudeau Carney Poilievre Ardern Luxon Sunak Starmer Johnson Truss Cameron Blair Brown
Thatcher Farage Badenoch Braverman Reeves Rayner Lammy Cooper Streeting Miliband Healey Sturgeon Yousaf
Swinney Khan Windsor Middleton Markle Meloni Salvini Tajani Draghi Conte Berlusconi Renzi Prodi Mattarella
Schlein Sánchez Sanchez Feijóo Puigdemont Rajoy Zapatero Ayuso Le_Pen Bardella Mélenchon Melenchon Barnier
Bayrou Attal  Castex Philippe Darmanin Retailleau Lecornu Sarkozy Hollande Chirac Mitterrand Villepin
Zemmour Maréchal Rutte Schoof Wilders Timmermans Tusk Kaczyński Kaczynski Duda Morawiecki Nawrocki Trzaskowski
Sikorski Orbán Orban Szijjártó Szijjarto Magyar Fico Babiš Babis Fiala Pavel Zeman Vučić Vucic Dodik Plenković
Kurti Rama Mitsotakis Tsipras Erdoğan Christodoulides Nausėda Nauseda Landsbergis Kallas Karis Michal
Rinkēvičs Sandu Dodon Iohannis Ciolacu Simion Georgescu Nicușor Radev Paschinjan Paschinjan Pashinyan Alijew
Aliyev Kobachidse Kobakhidze Iwanischwili Ivanishvili Surabischwili Zourabichvili Saakaschwili Saakashvili
Tokajew Tokayev Nasarbajew Nazarbayev Mirsijojew Mirziyoyev Rachmon Rahmon Dschaparow Japarov Berdimuhamedow
Berdimuhamedov Stoltenberg Rutte Frederiksen Støre Kristersson Orpo Marin Stubb Niinistö Niinisto Costa
Montenegro Sánchez Guterres Tedros Georgiewa Georgieva Lagarde Draghi Borrell Kallas Michel Metsola Breton
Dombrovskis Šefčovič Sefcovic Weber Gentiloni Hoekstra Jørgensen Vestager Timmermans Ribera Virkkunen Séjourné
Fitto Costa Ramaphosa Zuma Mbeki Mandela Malema Ruto Kenyatta Odinga Museveni Kagame Tshisekedi Kabila Abiy
Afwerki Kiir Machar Tinubu Buhari Jonathan Obasanjo Akufo-Addo Mahama Ouattara Gbagbo Sall Faye Sonko Goïta
Goita Traoré Traore Tchiani Déby Deby Mnangagwa Mugabe Kiir Hemeti Milei Kirchner Macri Lula Bolsonaro
Rousseff Maduro Chávez Chavez Cabello González Guaidó Guaido Machado Petro Uribe Boric Bukele Noboa Arce
Morales Sheinbaum López Obrador Castro Díaz-Canel Ortega Murillo Marcos Duterte Widodo Prabowo Subianto
Ibrahim Anwar Mahathir Shinawatra Hun_Sen Manet Chan-ocha Suu_Kyi Hlaing Hasina Yunus Wickremesinghe Rajapaksa
Dissanayake Kishida Ishiba Abe Suga Takaichi Naruhito Albanese Dutton Morrison Lai Ching-te Tsai Ing-wen Ma
Ying-jeou Wang Yi Li Zhao Liu Chen Zhang Yang Huang Zhou Wu Xu Hu Zhu Gao Lin Guo Luo Bergoglio Franziskus
Ratzinger Benedikt Leo Prevost Parolin Bätzing Woelki Marx Welby Steinmeier Gauck Wulff Köhler Merkel Schröder
Kohl Brandt Schmidt Adenauer Lindner Habeck Baerbock Faeser Lauterbach Pistorius Özdemir Wissing Buschmann
Klingbeil Esken Kühnert Mützenich Miersch Bas Dröge Haßelmann Nouripour Lang Brantner Banaszak Söder Dobrindt
Linnemann Spahn Wadephul Reiche Frei Prien Bär Warken Wildberger Hubertz Alabali-Radovan Schnieder Rainer
Hubig Klöckner Aiwanger Weidel Chrupalla Höcke Gauland Meuthen Petry Storch Wagenknecht Dağdelen Dagdelen
Lafontaine Gysi Bartsch Wissler Schirdewan Reichinnek van_Aken Ramelow Voigt Kretschmer Woidke Schwesig Wüst
Günther Tschentscher Wegner Giffey Bovenschulte Dreyer Schweitzer Kretschmann Haseloff Schulze Voßkuhle
Harbarth Maaßen Haldenwang Kahl Breuer  Mützenich Amthor Kiesewetter Röttgen Laschet Kramp-Karrenbauer
Strack-Zimmermann Kubicki Gysi Trittin Fischer Roth Künast Göring-Eckardt Hofreiter Seehofer Stoiber Zeil
Guttenberg Altmaier Scheuer Kauder Schäuble Gabriel Steinbrück Schulz Nahles Platzeck Wowereit Ude Nehammer
Kickl Stocker Babler Van_der_Bellen Kurz Strache Hofer Mikl-Leitner Edtstadler Gewessler Kogler
Meinl-Reisinger Keller-Sutter Berset Cassis Amherd Pfister Parmelin Rösti Baume-Schneider Jans Sommaruga
Blocher Maurer Kirchhof Gniffke Buhrow Wilhelm Döpfner Reichelt Springer Burda Bertelsmann Dieckmann
`;

// Given names that faker lists but that are, in German/English news text,
// mostly everyday words (dropped), and names that collide with a common word
// but are mostly names (kept) — judged by hand.
export const KEEP_FIRST = new Set(`Alfredo Benedict Bob Bo Bette Carina Christian Christin Clementine Delphine Don
Ellen Eula Fidel Finn Frank Hellen Holden Horst Jack Jean Kate Ken Leo Luke Mark Mats Max Maxime Maya Michel
Miles Minna Nick Olle Parker Quinten Robin Ross Salvatore Satish Senne Siebe Ted Teddy Till Turner Violette
Vitale Yaa Kellen John Mike Michael David Tom Sam Davor Antun Darin Esse Lex Lasse Hank Bart Naja Solange`.split(/\s+/));

export const KEEP_LAST = new Set(`Bayer Berner Brenner Bremer Brown Busch Christian Cook Dickens Dreher Dumas Fiedler
Fink Finke Fischer Fleischer Frank Franke Friesen Fuchs Fuller Förster Geiger Graf Grant Green Gross Grosser Hahn
Hardy Harms Hecht Heller Henkel Hering Herold Herzog Hill Hirsch Kaufmann Keller Klausen Kluge Koch Krause Krämer
Krug Lange Lang Lenz Linden Marks Maurer Metzger Michel Moore Müller Nissen Oppenheimer Parker Pence Rice Robin
Ross Salvatore Schilling Schneider Schreiber Schreiner Schuster Schäfer Smith Swift Tischler Turner Weiss
Zimmermann Jean John David Leo Maya Newton Gill Keeling Pastore Senatore Barone Galante Vitale Reale Nikolaus
Waters Spinner Bremser Renner Heck Helm Kantor Stolz Hasse Busse Berge Felder Blume Brand Kern Keil Engel Dreher`.split(/\s+/));

// Surnames/given names that are everyday words but carry no collision flag in
// the vocabularies used (dropped by hand).
export const DROP_NAMES = new Set(`Co Ne Neu Alt Gut Böse Dick Lustig Sauer Fromm Klug Stark Ernst May Will Freitag Sonntag Montag Mittwoch Donnerstag Samstag Januar Februar
März April Mai Juni Juli August September Oktober November Dezember`.split(/\s+/));
