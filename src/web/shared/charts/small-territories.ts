/**
 * Where to put a dot for the countries and territories the 1:110m atlas does not draw (too
 * small at that scale, or folded into another country's shape, like Réunion into France), so a
 * participant from Singapore or Malta still shows on the map. [longitude, latitude].
 *
 * Most points are the centroid of the largest polygon of the territory's feature in
 * world-atlas `countries-50m.json` (computed once with d3-geo's geoArea/geoCentroid; the 50m
 * file is 750 KB, too much to parse at start-up for 60 dots). The 50m atlas lacks the ones
 * marked "by hand": their main island or town, from a gazetteer.
 */
export const SMALL_TERRITORY_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AD: [1.56, 42.54], // Andorra
  AG: [-61.79, 17.08], // Antigua and Barbuda
  AI: [-63.07, 18.22], // Anguilla
  AS: [-170.72, -14.3], // American Samoa
  AW: [-69.98, 12.52], // Aruba
  AX: [19.94, 60.23], // Åland
  BB: [-59.56, 13.18], // Barbados
  BH: [50.54, 26.04], // Bahrain
  BL: [-62.84, 17.9], // Saint Barthélemy
  BM: [-64.76, 32.31], // Bermuda
  BQ: [-68.26, 12.18], // Bonaire (by hand)
  BV: [3.41, -54.42], // Bouvet Island (by hand)
  CC: [96.87, -12.16], // Cocos (Keeling) Islands (by hand)
  CK: [-159.79, -21.22], // Cook Islands
  CV: [-23.64, 15.08], // Cabo Verde
  CW: [-68.97, 12.2], // Curaçao
  CX: [105.69, -10.49], // Christmas Island (by hand)
  DM: [-61.36, 15.44], // Dominica
  FM: [158.23, 6.89], // Micronesia
  FO: [-6.88, 62.17], // Faroe Islands
  GD: [-61.68, 12.12], // Grenada
  GF: [-53.13, 3.93], // French Guiana (by hand; drawn inside France's shape at 110m)
  GG: [-2.57, 49.47], // Guernsey
  GI: [-5.35, 36.14], // Gibraltar (by hand)
  GP: [-61.55, 16.25], // Guadeloupe (by hand)
  GS: [-36.69, -54.36], // South Georgia and the South Sandwich Islands
  GU: [144.77, 13.44], // Guam
  HK: [114.14, 22.44], // Hong Kong
  HM: [73.52, -53.09], // Heard Island and McDonald Islands
  IM: [-4.54, 54.22], // Isle of Man
  IO: [72.45, -7.33], // British Indian Ocean Territory
  JE: [-2.13, 49.22], // Jersey
  KI: [-157.37, 1.85], // Kiribati
  KM: [43.34, -11.65], // Comoros
  KN: [-62.75, 17.33], // Saint Kitts and Nevis
  KY: [-81.29, 19.32], // Cayman Islands
  LC: [-60.97, 13.89], // Saint Lucia
  LI: [9.54, 47.14], // Liechtenstein
  MC: [7.41, 43.75], // Monaco
  MF: [-63.06, 18.09], // Saint Martin
  MH: [171.19, 7.11], // Marshall Islands
  MO: [113.51, 22.22], // Macao
  MP: [145.74, 15.18], // Northern Mariana Islands
  MQ: [-61.02, 14.64], // Martinique (by hand)
  MS: [-62.19, 16.74], // Montserrat
  MT: [14.44, 35.89], // Malta
  MU: [57.57, -20.28], // Mauritius
  MV: [73.5, 4.2], // Maldives
  NF: [167.95, -29.05], // Norfolk Island
  NR: [166.93, -0.52], // Nauru
  NU: [-169.87, -19.05], // Niue
  PF: [-149.42, -17.66], // French Polynesia
  PM: [-56.33, 46.94], // Saint Pierre and Miquelon
  PN: [-128.32, -24.36], // Pitcairn Islands
  PW: [134.58, 7.51], // Palau
  RE: [55.54, -21.12], // Réunion (by hand)
  SC: [55.48, -4.66], // Seychelles
  SG: [103.82, 1.36], // Singapore
  SH: [-5.72, -15.96], // Saint Helena
  SJ: [17.0, 78.5], // Svalbard and Jan Mayen (by hand; drawn inside Norway's shape at 110m)
  SM: [12.46, 43.94], // San Marino
  ST: [6.61, 0.24], // São Tomé and Príncipe
  SX: [-63.06, 18.05], // Sint Maarten
  TC: [-71.74, 21.81], // Turks and Caicos Islands
  TK: [-171.85, -9.2], // Tokelau (by hand)
  TO: [-175.22, -21.17], // Tonga
  TV: [179.2, -8.52], // Tuvalu (by hand)
  UM: [166.63, 19.28], // U.S. Outlying Islands: Wake Island (by hand)
  VA: [12.43, 41.9], // Vatican City
  VC: [-61.2, 13.25], // Saint Vincent and the Grenadines
  VG: [-64.62, 18.42], // British Virgin Islands
  VI: [-64.77, 17.74], // U.S. Virgin Islands
  WF: [-178.13, -14.29], // Wallis and Futuna
  WS: [-172.44, -13.63], // Samoa
  YT: [45.14, -12.83], // Mayotte (by hand)
};
