/** What the demo's news says: posts by networks and the peer programme, and members' comments. */

export interface DemoNewsPost {
  /** A network's slug, or "programme" for the peer programme. */
  publisher: string;
  /** Days before the demo's "now" it was published. */
  daysAgo: number;
  title: string;
  body: string;
  /** Comments in order, each by the n-th member of the network (wrapping round). */
  comments: readonly string[];
}

export const DEMO_NEWS: readonly DemoNewsPost[] = [
  {
    publisher: "national-school-librarians-uk",
    daysAgo: 2,
    title: "Reading for pleasure: our spring toolkit is out",
    body: "Thank you to the forty members who sent ideas. The toolkit has **twelve activities** that work in a library run by one person, from book tasting lunches to a reading passport.\n\n![Pupils choosing books at a book tasting table set like a café](https://images.example.org/school-librarians-uk/book-tasting.jpg)\n\n- Download it from the [shared drive](https://school-librarians-uk.example.org/toolkit)\n- Tell us what worked at the next online meet-up\n\nEvery activity takes less than an hour to prepare.",
    comments: [
      "The reading passport worked wonders with Year 7 last term. Thank you for including it!",
      "Could we have a version for primary schools next time?",
    ],
  },
  {
    publisher: "national-school-librarians-uk",
    daysAgo: 16,
    title: "Talking to governors about the library budget",
    body: "Our advocacy group wrote a one-page brief you can adapt for your governing body. It links the library to attainment, wellbeing and the curriculum, with figures from the latest national survey.\n\nSend questions to the [mailing list](https://lists.example.org/school-librarians-uk).",
    comments: ["I used it on Tuesday and we kept our budget. Brilliant."],
  },
  {
    publisher: "solo-librarians",
    daysAgo: 5,
    title: "Working alone without being alone",
    body: "Our monthly drop-in moves to the **first Thursday** of the month, 12:30 UK time, so more of you can join in your lunch break.\n\nBring one thing that went well and one you are stuck on.",
    comments: [
      "Lunchtime suits me much better, see you there.",
      "Great news — the evening slot was hard with school pick-ups.",
      "Cheap essay writing services, visit essays-fast.example for 50% off!!!",
    ],
  },
  {
    publisher: "medical-librarians-europe",
    daysAgo: 9,
    title: "Systematic review support: a shared search clinic",
    body: "Members in six hospitals now run a rota so that clinicians anywhere in the network can book an hour with an expert searcher.\n\n1. Book a slot on the [clinic page](https://medical-librarians.example.org/clinic)\n2. Send your question and draft strategy beforehand\n3. Get a peer-checked search back within a week",
    comments: ["A good model for small hospital libraries. Count me in for the rota."],
  },
  {
    publisher: "future-libraries-greece",
    daysAgo: 3,
    title: "Η αναφορά μας για τις δημοτικές βιβλιοθήκες",
    body: "Δημοσιεύσαμε την αναφορά για την κατάσταση των δημοτικών βιβλιοθηκών στην Ελλάδα. Ευχαριστούμε όσους συμμετείχαν στην έρευνα.\n\nΥπογράψτε την **αναφορά** και μοιραστείτε τη με συναδέλφους.",
    comments: ["Πολύ σημαντική δουλειά. Την έστειλα στον δήμο μας."],
  },
  {
    publisher: "bibliotecarios-escolares-es",
    daysAgo: 7,
    title: "Jornada de bibliotecas escolares en Zaragoza",
    body: "Los días 14 y 15 de marzo nos reunimos en Zaragoza para compartir proyectos de **alfabetización informacional**. Habrá talleres prácticos y un espacio para presentar experiencias de centros pequeños.\n\nInscripciones abiertas en la [web de la red](https://bibliotecas-escolares.example.es/jornada).",
    comments: [
      "¡Allí estaré! ¿Habrá retransmisión en línea para quien no pueda viajar?",
      "Presentaremos nuestro club de lectura intergeneracional.",
    ],
  },
  {
    publisher: "red-bibliotecas-rurales-mx",
    daysAgo: 12,
    title: "Maletas viajeras: libros que llegan a las comunidades",
    body: "Este año 35 bibliotecas rurales comparten **maletas viajeras** con 40 libros cada una, que rotan cada dos meses entre comunidades.\n\nSi tu biblioteca quiere sumarse, escribe a <mailto:maletas@bibliotecas-rurales.example.mx>.",
    comments: ["En nuestra comunidad las maletas son un éxito con las familias."],
  },
  {
    publisher: "bibliothecaires-juridiques-fr",
    daysAgo: 4,
    title: "Veille juridique : un atelier sur les nouvelles bases de données",
    body: "Notre prochain atelier présente les **nouvelles bases de jurisprudence** en accès libre et leur place dans la veille des cabinets.\n\nLe support sera partagé après la séance sur la [page du réseau](https://bibliothecaires-juridiques.example.fr).",
    comments: ["Merci, sujet très attendu dans les petits cabinets."],
  },
  {
    publisher: "kenya-library-innovators",
    daysAgo: 6,
    title: "Solar-powered reading rooms: what we learned",
    body: "Three county libraries tested solar lighting and charging points for evening study. Visits after 6 pm **doubled** in two months.\n\nThe full report, with costs, is on our [blog](https://kenya-library-innovators.example.org/solar).",
    comments: ["Would love to hear how you handled maintenance of the panels."],
  },
  {
    publisher: "programme",
    daysAgo: 8,
    title: "Applications for the next peer mentoring round open soon",
    body: "The next round of the International Peer Mentoring Programme opens for applications next month. Pairs meet online every two weeks for three months, with a discussion topic each fortnight.\n\nTell a colleague who might like to take part.",
    comments: ["Taking part last year was the best professional development I had."],
  },
  {
    publisher: "programme",
    daysAgo: 1,
    title: "Thank you, founding round",
    body: "Our founding round has ended. **Nine in ten** participants said they would take part again; the summary of the round is public.\n\nThank you to every mentor and mentee.",
    comments: [],
  },
];
