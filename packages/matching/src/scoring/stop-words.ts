/**
 * Stop words of the app's languages (English, Spanish, French): words that say nothing
 * about what someone wants from a partnership, so they neither count in the free-text
 * similarity nor show up as "shared words" in an explanation. Small curated lists —
 * articles, pronouns, prepositions, conjunctions, auxiliary and very common verbs and
 * adverbs — plus the phrasing of goals themselves ("learn", "share", "quiero aprender",
 * "souhaite partager").
 *
 * Every list applies to all text, whatever its language, so words that mean something
 * in another of the languages are left out (Spanish "era" is English "era"; English
 * "pie" is Spanish "pie"). Written with their accents; tokenisation drops accents
 * before comparing (tokenize-text.ts), so "más" and "mas" are both stop words.
 * Words shorter than three letters are ignored anyway and are not listed.
 */

/** Space-separated, one language each; after the blank line, the phrasing of goals. */
export const STOP_WORDS_BY_LANGUAGE: Readonly<Record<"en" | "es" | "fr", string>> = {
  en: `
    about above after again against all almost along already also although always among and
    another any anyone anything are aren around because become been before being below
    between both but can cannot could couldn did didn does doesn doing don done down during
    each either else enough especially etc even ever every few for from further get gets
    getting going got had has hasn have haven having her here hers herself him himself his
    how however into isn its itself just least less like lot lots made make makes making
    many may might more most much must myself need needs neither never next nor not now off
    often once one only onto other others our ours ourselves out over own per perhaps please
    quite rather really same see seem several shall she should shouldn since some something
    still such than that the their theirs them themselves then there these they thing things
    this those though through thus together too toward towards under until upon use used
    using very via want wants was wasn way ways well were weren what whatever when where
    whether which while who whom whose why will with within without would wouldn yet you
    your yours yourself let

    learn share new hope hoping able find know try
  `,
  es: `
    algo algún alguna algunas alguno algunos ante antes aquí así aun aún aunque bajo bien
    cada casi como cómo con contra cual cuál cuales cuando cuándo del desde donde dónde dos
    durante ella ellas ello ellos entre esa esas ese eso esos esta está están estar estas
    este esto estos estoy fue fueron han hacer hacia hasta hay las les los más mis mismo
    misma mucho muchos muy nada nos nosotros nuestra nuestras nuestro nuestros otra otras
    otro otros para pero poco poder podemos por porque puedo que qué quien quién quienes sea
    ser sido sin sobre son sus también tan tanto tener tengo tiene tienen todo toda todas
    todos tras través tus una unas uno unos usted ustedes

    quiero quisiera gustaría aprender compartir conocer nuevo nueva nuevos nuevas forma
    manera cosas
  `,
  fr: `
    afin ainsi alors aux avec avez avoir avons autre autres aussi bien car ceci cela celle
    celles celui ces cet cette ceux chaque chez comme comment dans depuis des donc dont elle
    elles encore entre est était été être êtes eux fait faire ils leur leurs lors lui mais
    même mes moi mon nos notre nous ont par pas peu peut plus pour pourquoi quel quelle
    quelles quels qui sans ses sommes son sont sous suis sur tes toi ton tous tout toute
    toutes très une vers vos votre vous

    souhaite souhaiterais voudrais aimerais apprendre partager découvrir nouveau nouvelle
    nouveaux nouvelles
  `,
};
