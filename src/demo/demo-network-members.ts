/** The demo's twenty librarians who take part in networks (not in the rounds). */
export interface DemoMember {
  name: string;
  email: string;
  locale: "en" | "es" | "fr";
}

export const DEMO_MEMBER_PASSWORD = "shelfmates-member";

const at = (local: string) => `${local}@members.shelfmates.localhost`;

export const DEMO_MEMBERS: readonly DemoMember[] = [
  { name: "Sarah Whitfield", email: at("sarah.whitfield"), locale: "en" },
  { name: "James Okonkwo", email: at("james.okonkwo"), locale: "en" },
  { name: "Priya Raman", email: at("priya.raman"), locale: "en" },
  { name: "Eleni Papadopoulou", email: at("eleni.papadopoulou"), locale: "en" },
  { name: "Giorgos Nikolaidis", email: at("giorgos.nikolaidis"), locale: "en" },
  { name: "María José Fernández", email: at("mariajose.fernandez"), locale: "es" },
  { name: "Javier Ortega", email: at("javier.ortega"), locale: "es" },
  { name: "Lucía Hernández", email: at("lucia.hernandez"), locale: "es" },
  { name: "Diego Ramírez", email: at("diego.ramirez"), locale: "es" },
  { name: "Camille Laurent", email: at("camille.laurent"), locale: "fr" },
  { name: "Antoine Moreau", email: at("antoine.moreau"), locale: "fr" },
  { name: "Émilie Tremblay", email: at("emilie.tremblay"), locale: "fr" },
  { name: "Daniel Chen", email: at("daniel.chen"), locale: "en" },
  { name: "Wanjiku Kamau", email: at("wanjiku.kamau"), locale: "en" },
  { name: "Otieno Odhiambo", email: at("otieno.odhiambo"), locale: "en" },
  { name: "Chloe Nguyen", email: at("chloe.nguyen"), locale: "en" },
  { name: "Liam O'Brien", email: at("liam.obrien"), locale: "en" },
  { name: "Ingrid Svensson", email: at("ingrid.svensson"), locale: "en" },
  { name: "Tomasz Kowalski", email: at("tomasz.kowalski"), locale: "en" },
  { name: "Aisha Bello", email: at("aisha.bello"), locale: "en" },
];
