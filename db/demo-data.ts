// The demo world: the real history up to the sixth meeting, seen from 1 March 2006.
// Facts from A/60/341–S/2005/567 (shared/DOMAIN.md); the wording is ours.

type Kind =
  | "chapter_viii_regional"
  | "chapter_viii_subregional"
  | "other_intergovernmental"
  | "united_nations";

export const DEMO_AS_OF_DATE = "2006-03-01";
export const DEMO_PASSWORD = "concordia-demo";

export const demoOrganizations: {
  name: string;
  shortName: string | null;
  kind: Kind;
  headquarters: string;
  languages: string[];
}[] = [
  {
    name: "African Union",
    shortName: "AU",
    kind: "chapter_viii_regional",
    headquarters: "Addis Ababa",
    languages: ["en", "fr", "ar", "pt"],
  },
  {
    name: "Caribbean Community Secretariat",
    shortName: "CARICOM",
    kind: "chapter_viii_subregional",
    headquarters: "Georgetown",
    languages: ["en"],
  },
  {
    name: "Collective Security Treaty Organization",
    shortName: "CSTO",
    kind: "other_intergovernmental",
    headquarters: "Moscow",
    languages: ["ru"],
  },
  {
    name: "Commonwealth of Independent States",
    shortName: "CIS",
    kind: "other_intergovernmental",
    headquarters: "Minsk",
    languages: ["ru"],
  },
  {
    name: "Commonwealth Secretariat",
    shortName: null,
    kind: "other_intergovernmental",
    headquarters: "London",
    languages: ["en"],
  },
  {
    name: "Community of Portuguese-speaking Countries",
    shortName: "CPLP",
    kind: "other_intergovernmental",
    headquarters: "Lisbon",
    languages: ["pt"],
  },
  {
    name: "Council of Europe",
    shortName: "CoE",
    kind: "chapter_viii_regional",
    headquarters: "Strasbourg",
    languages: ["en", "fr"],
  },
  {
    name: "European Union",
    shortName: "EU",
    kind: "other_intergovernmental",
    headquarters: "Brussels",
    languages: ["en", "fr"],
  },
  {
    name: "Economic Community of Central African States",
    shortName: "ECCAS",
    kind: "chapter_viii_subregional",
    headquarters: "Libreville",
    languages: ["fr", "pt", "es"],
  },
  {
    name: "International Criminal Police Organization",
    shortName: "INTERPOL",
    kind: "other_intergovernmental",
    headquarters: "Lyon",
    languages: ["en", "fr", "es", "ar"],
  },
  {
    name: "International Organization of la Francophonie",
    shortName: "OIF",
    kind: "other_intergovernmental",
    headquarters: "Paris",
    languages: ["fr"],
  },
  {
    name: "League of Arab States",
    shortName: "LAS",
    kind: "chapter_viii_regional",
    headquarters: "Cairo",
    languages: ["ar"],
  },
  {
    name: "North Atlantic Treaty Organization",
    shortName: "NATO",
    kind: "other_intergovernmental",
    headquarters: "Brussels",
    languages: ["en", "fr"],
  },
  {
    name: "Organization of American States",
    shortName: "OAS",
    kind: "chapter_viii_regional",
    headquarters: "Washington, D.C.",
    languages: ["en", "es", "fr", "pt"],
  },
  {
    name: "Organization of the Islamic Conference",
    shortName: "OIC",
    kind: "other_intergovernmental",
    headquarters: "Jeddah",
    languages: ["ar", "en", "fr"],
  },
  {
    name: "Organization for the Prohibition of Chemical Weapons",
    shortName: "OPCW",
    kind: "other_intergovernmental",
    headquarters: "The Hague",
    languages: ["en", "fr", "es", "ru", "ar", "zh"],
  },
  {
    name: "Organization for Security and Cooperation in Europe",
    shortName: "OSCE",
    kind: "chapter_viii_regional",
    headquarters: "Vienna",
    languages: ["en", "fr", "ru", "es", "de", "it"],
  },
  {
    name: "Pacific Islands Forum",
    shortName: "PIF",
    kind: "chapter_viii_subregional",
    headquarters: "Suva",
    languages: ["en"],
  },
  {
    name: "Shanghai Cooperation Organization",
    shortName: "SCO",
    kind: "other_intergovernmental",
    headquarters: "Beijing",
    languages: ["zh", "ru"],
  },
  {
    name: "Southern African Development Community",
    shortName: "SADC",
    kind: "chapter_viii_subregional",
    headquarters: "Gaborone",
    languages: ["en", "fr", "pt"],
  },
];

export const demoMeetings: {
  sequenceNumber: number;
  title: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  datesApproximate?: boolean;
  status: "concluded";
  organizationsCount: number | null;
  summary: string;
  documentSymbol?: string;
}[] = [
  {
    sequenceNumber: 1,
    title: "First high-level meeting",
    theme: "General principles of cooperation",
    startsOn: "1994-08-01",
    endsOn: "1994-08-01",
    datesApproximate: true,
    status: "concluded",
    organizationsCount: null,
    summary:
      "Agreed general principles for cooperation between the United Nations and regional organizations.",
  },
  {
    sequenceNumber: 2,
    title: "Second high-level meeting",
    theme: "Peacemaking and peacekeeping",
    startsOn: "1996-02-15",
    endsOn: "1996-02-16",
    status: "concluded",
    organizationsCount: 13,
    summary: "Cooperation in peacemaking and peacekeeping.",
  },
  {
    sequenceNumber: 3,
    title: "Third high-level meeting",
    theme: "Cooperation for conflict prevention",
    startsOn: "1998-07-28",
    endsOn: "1998-07-29",
    status: "concluded",
    organizationsCount: null,
    summary: "Concluded with a summary statement on conflict prevention.",
  },
  {
    sequenceNumber: 4,
    title: "Fourth high-level meeting",
    theme: "Peace-building",
    startsOn: "2001-02-06",
    endsOn: "2001-02-07",
    status: "concluded",
    organizationsCount: 18,
    summary: "Adopted a framework for cooperation in peace-building.",
  },
  {
    sequenceNumber: 5,
    title: "Fifth high-level meeting",
    theme: "New challenges to international peace and security, including terrorism",
    startsOn: "2003-07-29",
    endsOn: "2003-07-30",
    status: "concluded",
    organizationsCount: 20,
    summary:
      "Chair's conclusions on new challenges, including international terrorism; six working groups set up.",
  },
  {
    sequenceNumber: 6,
    title: "Sixth high-level meeting",
    theme: "United Nations–regional organizations: partnership for a more secure world",
    startsOn: "2005-07-25",
    endsOn: "2005-07-26",
    status: "concluded",
    organizationsCount: 20,
    summary:
      "20 organizations took part, 13 represented by their heads. Chair's conclusions, a declaration on a partnership of civilizations and the opening remarks of the Secretary-General.",
    documentSymbol: "A/60/341–S/2005/567",
  },
];

export const demoScSessions: {
  meetingDate: string;
  meetingTime: string | null;
  meetingNumber: number | null;
  format: string;
  title: string;
  presidency: string;
  outcomeSymbol: string | null;
  recordSymbol: string | null;
}[] = [
  {
    meetingDate: "2003-04-11",
    meetingTime: "10:00",
    meetingNumber: 4739,
    format: "public meeting",
    title:
      "The Security Council and regional organizations: facing the new challenges to international peace and security",
    presidency: "Mexico",
    outcomeSymbol: null,
    recordSymbol: "S/PV.4739",
  },
  {
    meetingDate: "2004-07-20",
    meetingTime: null,
    meetingNumber: null,
    format: "debate",
    title:
      "Cooperation between the United Nations and regional organizations in stabilization processes",
    presidency: "Romania",
    outcomeSymbol: "S/PRST/2004/27",
    recordSymbol: null,
  },
  {
    meetingDate: "2005-10-17",
    meetingTime: "10:00",
    meetingNumber: 5282,
    format: "debate",
    title:
      "Cooperation between the United Nations and regional organizations in maintaining international peace and security",
    presidency: "Romania",
    outcomeSymbol: "S/RES/1631 (2005)",
    recordSymbol: "S/PV.5282",
  },
  {
    meetingDate: "2006-09-20",
    meetingTime: "10:00",
    meetingNumber: 5529,
    format: "open debate",
    title:
      "Cooperation between the United Nations and regional organizations in maintaining international peace and security",
    presidency: "Greece",
    outcomeSymbol: null,
    recordSymbol: null,
  },
];

export const demoBodies: {
  slug: string;
  kind: "standing_committee" | "working_group";
  name: string;
  mandate: string;
}[] = [
  {
    slug: "standing-committee",
    kind: "standing_committee",
    name: "Standing Committee",
    mandate:
      "Generates ideas, mobilizes political will, gives direction to sustained effort and monitors the implementation of the decisions of the high-level meetings, under terms of reference agreed by all participating organizations.",
  },
  {
    slug: "wg-peacekeeping",
    kind: "working_group",
    name: "Working Group on Peacekeeping",
    mandate:
      "Cooperation between the United Nations and regional organizations in peacekeeping, including regional and subregional capacity.",
  },
  {
    slug: "wg-protection-of-civilians",
    kind: "working_group",
    name: "Working Group on the Protection of Civilians",
    mandate: "Protection of civilians in armed conflict.",
  },
  {
    slug: "wg-human-rights-counter-terrorism",
    kind: "working_group",
    name: "Working Group on Respect for Human Rights in Counter-Terrorism",
    mandate: "Respect for human rights and civil liberties in countering terrorism.",
  },
  {
    slug: "wg-dialogue-among-civilizations",
    kind: "working_group",
    name: "Working Group on Dialogue among Civilizations",
    mandate: "Dialogue among civilizations and the partnership of civilizations.",
  },
  {
    slug: "wg-disarmament",
    kind: "working_group",
    name: "Working Group on Disarmament",
    mandate: "Disarmament and non-proliferation, in cooperation with the organizations concerned.",
  },
  {
    slug: "wg-un-reform",
    kind: "working_group",
    name: "Working Group on the Implications of UN Reform for the Partnership",
    mandate:
      "What the reform of the United Nations means for its partnership with regional and other intergovernmental organizations.",
  },
];

/** The sixth meeting's decisions, from the Chair's conclusions (paragraph in brackets). */
export const demoSixthMeetingDecisions: { title: string; text: string; bodySlug: string | null }[] =
  [
    {
      title: "Meet every year",
      text: "Hold the high-level meeting annually to monitor international security and advance the goals of the United Nations (para. 7).",
      bodySlug: null,
    },
    {
      title: "Meet back to back with the Security Council",
      text: "Hold the high-level meeting alongside the Security Council's meetings with regional organizations, so that the two agendas complement each other (para. 7).",
      bodySlug: null,
    },
    {
      title: "Set up a standing committee",
      text: "Establish a standing committee, with terms of reference agreed by all participating organizations, to generate ideas, mobilize political will, direct sustained effort and monitor the implementation of decisions (para. 7).",
      bodySlug: "standing-committee",
    },
    {
      title: "Designate focal points",
      text: "Each organization designates one senior official as focal point for contact with the United Nations and with each other (para. 7).",
      bodySlug: "standing-committee",
    },
    {
      title: "Chapter VIII and other organizations",
      text: "Regional and subregional organizations under Chapter VIII pursue joint activities within the structure of the high-level meeting; other intergovernmental organizations cooperate with the United Nations under other provisions of the Charter (para. 7).",
      bodySlug: "standing-committee",
    },
    {
      title: "Strengthen the secretariat",
      text: "Strengthen the high-level meeting secretariat in the Department of Political Affairs and its research partner, UNU-CRIS, to support the standing committee and the working groups (para. 7).",
      bodySlug: null,
    },
    {
      title: "Peacekeeping recommendations",
      text: "Endorse, as amended, the recommendations of the working group on peacekeeping; support regional and subregional capacity for conflict prevention, peacekeeping and peacebuilding (para. 4).",
      bodySlug: "wg-peacekeeping",
    },
    {
      title: "Protection of civilians recommendations",
      text: "Endorse, as amended, the recommendations of the working group on the protection of civilians (para. 4).",
      bodySlug: "wg-protection-of-civilians",
    },
    {
      title: "Human rights in counter-terrorism recommendations",
      text: "Endorse, as amended, the recommendations of the working group on respect for human rights in counter-terrorism (para. 4).",
      bodySlug: "wg-human-rights-counter-terrorism",
    },
    {
      title: "Dialogue among civilizations recommendations",
      text: "Endorse, as amended, the recommendations of the working group on dialogue among civilizations; adopt the declaration on a partnership of civilizations (paras. 4 and 8).",
      bodySlug: "wg-dialogue-among-civilizations",
    },
    {
      title: "Disarmament recommendations",
      text: "Endorse, as amended, the recommendations of the working group on disarmament (para. 4).",
      bodySlug: "wg-disarmament",
    },
    {
      title: "UN reform recommendations",
      text: "Endorse, as amended, the recommendations of the working group on the implications of United Nations reform for the partnership (para. 4).",
      bodySlug: "wg-un-reform",
    },
    {
      title: "Africa's needs",
      text: "Give special attention to the needs of Africa in future meetings and support the proposed ten-year capacity-building programme for the African Union (para. 4).",
      bodySlug: "wg-peacekeeping",
    },
    {
      title: "Disaster relief and risk reduction",
      text: "Add disaster relief and disaster risk reduction to the agenda of future cooperation (para. 5).",
      bodySlug: "standing-committee",
    },
    {
      title: "Agreements with individual organizations",
      text: "The Secretary-General may conclude agreements of an appropriate kind with individual organizations (para. 6).",
      bodySlug: null,
    },
    {
      title: "Circulate the record for comments",
      text: "Circulate the detailed record of the meeting and the decisions on each working group's outcome to participants for comments; these become the basis for preparing the seventh meeting (para. 10).",
      bodySlug: null,
    },
  ];

export const demoUsers: {
  email: string;
  name: string;
  jobTitle: string;
  role: "secretariat" | "chair" | "focal_point";
  organization?: string;
  body?: string;
  locale?: "en" | "fr";
}[] = [
  {
    email: "secretariat@example.org",
    name: "Sam Okafor",
    jobTitle: "Secretary of the high-level meeting, Department of Political Affairs",
    role: "secretariat",
  },
  ...(
    [
      ["standing-committee", "chair.standing-committee@example.org", "Ingrid Solberg"],
      ["wg-peacekeeping", "chair.peacekeeping@example.org", "Ana Ribeiro"],
      ["wg-protection-of-civilians", "chair.protection-of-civilians@example.org", "Fatima Benali"],
      ["wg-human-rights-counter-terrorism", "chair.human-rights@example.org", "David Mensah"],
      ["wg-dialogue-among-civilizations", "chair.dialogue@example.org", "Leila Farahani"],
      ["wg-disarmament", "chair.disarmament@example.org", "Jonas Lindqvist"],
      ["wg-un-reform", "chair.un-reform@example.org", "Carlos Mendoza"],
    ] as const
  ).map(([body, email, name]) => ({
    email,
    name,
    jobTitle: `Chair, ${demoBodies.find((b) => b.slug === body)?.name ?? body}`,
    role: "chair" as const,
    body,
  })),
  // One focal point per organization (sixth meeting's conclusions): invented people.
  ...(
    [
      ["AU", "focal.au@example.org", "Amina Tesfaye", "en"],
      ["CARICOM", "focal.caricom@example.org", "Marcia Thompson", "en"],
      ["CSTO", "focal.csto@example.org", "Dmitri Orlov", "en"],
      ["CIS", "focal.cis@example.org", "Olga Karpovich", "en"],
      [null, "focal.commonwealth@example.org", "Richard Ashworth", "en"],
      ["CPLP", "focal.cplp@example.org", "Teresa Almeida", "en"],
      ["CoE", "focal.coe@example.org", "Hélène Marchal", "fr"],
      ["EU", "focal.eu@example.org", "Pieter de Vries", "en"],
      ["ECCAS", "focal.eccas@example.org", "Jean-Baptiste Mavoungou", "fr"],
      ["INTERPOL", "focal.interpol@example.org", "Claire Dubois", "en"],
      ["OIF", "focal.oif@example.org", "Aminata Diallo", "fr"],
      ["LAS", "focal.las@example.org", "Karim Mansour", "en"],
      ["NATO", "focal.nato@example.org", "Erik Johansen", "en"],
      ["OAS", "focal.oas@example.org", "María Castillo", "en"],
      ["OIC", "focal.oic@example.org", "Yusuf Rahman", "en"],
      ["OPCW", "focal.opcw@example.org", "Maarten Visser", "en"],
      ["OSCE", "focal.osce@example.org", "Klaus Weber", "en"],
      ["PIF", "focal.pif@example.org", "Seini Tupou", "en"],
      ["SCO", "focal.sco@example.org", "Zhang Min", "en"],
      ["SADC", "focal.sadc@example.org", "Thabo Nkosi", "en"],
    ] as const
  ).map(([shortName, email, name, locale]) => {
    const organization = demoOrganizations.find((o) => o.shortName === shortName);
    return {
      email,
      name,
      jobTitle: `Senior official, focal point of the ${organization?.shortName ?? organization?.name ?? "organization"}`,
      role: "focal_point" as const,
      // The organization is found by its short name, or by its name where it has none.
      organization: shortName ?? "Commonwealth Secretariat",
      locale,
    };
  }),
];

/** The demo sign-ins the README and the console name first (one of each kind of user). */
export const mainDemoEmails = [
  "secretariat@example.org",
  "chair.peacekeeping@example.org",
  "chair.disarmament@example.org",
  "focal.au@example.org",
  "focal.osce@example.org",
  "focal.oas@example.org",
];

// Days UN Headquarters is closed in 2006, for date proposals (our illustrative list; the
// secretariat keeps the real one on the Closed days page).
export const demoClosedDays: { day: string; description: string }[] = [
  { day: "2006-01-02", description: "New Year's Day (observed)" },
  { day: "2006-01-10", description: "Id al-Adha" },
  { day: "2006-04-14", description: "Good Friday" },
  { day: "2006-05-29", description: "Memorial Day" },
  { day: "2006-07-04", description: "Independence Day" },
  { day: "2006-09-04", description: "Labour Day" },
  { day: "2006-10-24", description: "Id al-Fitr" },
  { day: "2006-11-23", description: "Thanksgiving Day" },
  { day: "2006-12-25", description: "Christmas Day" },
];
