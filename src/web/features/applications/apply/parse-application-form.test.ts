import { describe, expect, it } from "vitest";
import type { CustomQuestion } from "../../../../domain/applications/custom-answers.ts";
import { parseApplicationForm } from "./parse-application-form.ts";

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return form;
}

const valid = {
  name: "Eleni Papadopoulou",
  email: "Eleni@Example.org",
  country: "gr",
  city: "Thessaloniki",
  "languages.0.code": "el",
  "languages.0.level": "native",
  "languages.1.code": "",
  "languages.1.level": "",
  "languages.2.code": "en",
  "languages.2.level": "C1",
  timeZone: "Europe/Athens",
  library: "Aristotle University Library",
  sector: "academic",
  solo: "yes",
  jobTitle: "Subject librarian",
  careerStage: "mid",
  experienceYears: " 12 ",
  interests: ["open-access", "digital-preservation", "open-access"],
  otherInterests: "",
  goals: "Learn how others run research support.",
  matchBy: "interests",
  partnerSector: "any",
  meetingFormats: ["online"],
  availability: ["mon-10", "thu-18"],
  consent: "yes",
};

const peer = { mode: "peer" as const, questions: [] };

describe("parseApplicationForm", () => {
  it("turns a complete form into a profile: numbers, booleans, lists, languages without empty rows", () => {
    const parsed = parseApplicationForm(formOf(valid), peer, { requireConsent: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.profile).toMatchObject({
      email: "eleni@example.org",
      country: "GR",
      languages: [
        { code: "el", level: "native" },
        { code: "en", level: "C1" },
      ],
      solo: true,
      experienceYears: 12,
      interests: ["open-access", "digital-preservation"],
      availability: ["mon-10", "thu-18"],
      role: "peer",
      mentorCapacity: null,
    });
  });

  it("reports every missing field beside it and keeps what was typed", () => {
    const parsed = parseApplicationForm(formOf({ city: "Lyon", goals: "Meet people" }), peer, {
      requireConsent: true,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toMatchObject({
      name: { key: "errors.required" },
      email: { key: "errors.required" },
      country: { key: "errors.country" },
      languages: { key: "errors.languagesRequired" },
      timeZone: { key: "errors.timeZone" },
      sector: { key: "errors.invalidChoice" },
      careerStage: { key: "errors.invalidChoice" },
      experienceYears: { key: "errors.required" },
      matchBy: { key: "errors.invalidChoice" },
      meetingFormats: { key: "errors.formatRequired" },
      consent: { key: "errors.consent" },
    });
    expect(parsed.values.city).toBe("Lyon");
    expect(parsed.values.goals).toBe("Meet people");
    expect(parsed.values.languages).toHaveLength(4);
  });

  it("reads a time zone as the list sends it, with spaces, as IANA names it", () => {
    const parsed = parseApplicationForm(
      formOf({ ...valid, timeZone: "America/Argentina/Buenos Aires" }),
      peer,
      { requireConsent: true },
    );
    expect(parsed.ok && parsed.profile.timeZone).toBe("America/Argentina/Buenos_Aires");
  });

  it("asks for the agreement to the rules only when the round has rules", () => {
    const withRules = { requireConsent: true, requireRulesAgreement: true };
    const missing = parseApplicationForm(formOf(valid), peer, withRules);
    expect(!missing.ok && missing.errors).toEqual({
      rulesAgreed: { key: "applications:form.rulesRequired" },
    });
    const agreed = parseApplicationForm(formOf({ ...valid, rulesAgreed: "yes" }), peer, withRules);
    expect(agreed.ok && agreed.values.rulesAgreed).toBe(true);
    expect(parseApplicationForm(formOf(valid), peer, { requireConsent: true }).ok).toBe(true);
  });

  it("puts a language error beside the row it came from, and refuses a language twice", () => {
    const badCode = parseApplicationForm(formOf({ ...valid, "languages.2.code": "xx" }), peer, {
      requireConsent: true,
    });
    expect(!badCode.ok && badCode.errors["languages.2.code"]).toEqual({ key: "errors.language" });
    const noLevel = parseApplicationForm(formOf({ ...valid, "languages.2.level": "" }), peer, {
      requireConsent: true,
    });
    expect(!noLevel.ok && noLevel.errors["languages.2.level"]).toEqual({
      key: "errors.invalidChoice",
    });
    const twice = parseApplicationForm(formOf({ ...valid, "languages.2.code": "el" }), peer, {
      requireConsent: true,
    });
    expect(!twice.ok && twice.errors.languages).toEqual({ key: "errors.languageTwice" });
  });

  it("says how long a text may be, and what a number must be", () => {
    const parsed = parseApplicationForm(
      formOf({
        ...valid,
        name: "x".repeat(201),
        experienceYears: "5.5",
        interests: ["not-a-topic"],
      }),
      peer,
      { requireConsent: true },
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.name).toEqual({ key: "errors.tooLong", values: { max: 200 } });
    expect(parsed.errors.experienceYears).toEqual({ key: "errors.invalidNumber" });
    expect(parsed.errors.interests).toEqual({ key: "errors.invalidChoice" });
  });

  it("keeps HTML typed into text fields as plain text", () => {
    const script = '<script>alert("hi")</script><b>bold</b>';
    const parsed = parseApplicationForm(formOf({ ...valid, goals: script, city: script }), peer, {
      requireConsent: true,
    });
    expect(parsed.ok && parsed.profile.goals).toBe(script);
  });

  describe("mentor mode", () => {
    const mentor = { mode: "mentor" as const, questions: [] };
    it("asks mentors how many mentees they take", () => {
      const missing = parseApplicationForm(formOf({ ...valid, role: "mentor" }), mentor, {
        requireConsent: true,
      });
      expect(!missing.ok && missing.errors.mentorCapacity).toEqual({ key: "errors.required" });
      const garbled = parseApplicationForm(
        formOf({ ...valid, role: "mentor", mentorCapacity: "lots" }),
        mentor,
        {
          requireConsent: true,
        },
      );
      expect(!garbled.ok && garbled.errors.mentorCapacity).toEqual({ key: "errors.capacityRange" });
      const ok = parseApplicationForm(
        formOf({ ...valid, role: "mentor", mentorCapacity: "3" }),
        mentor,
        { requireConsent: true },
      );
      expect(ok.ok && ok.profile.mentorCapacity).toBe(3);
    });

    it("ignores a capacity typed by a mentee and requires a role", () => {
      const mentee = parseApplicationForm(
        formOf({ ...valid, role: "mentee", mentorCapacity: "oops" }),
        mentor,
        {
          requireConsent: true,
        },
      );
      expect(mentee.ok && mentee.profile).toMatchObject({ role: "mentee", mentorCapacity: null });
      const none = parseApplicationForm(formOf(valid), mentor, { requireConsent: true });
      expect(!none.ok && none.errors.role).toEqual({ key: "errors.mentorOrMentee" });
    });
  });

  it("validates the round's own questions under their field names", () => {
    const questions: CustomQuestion[] = [
      { id: "q1", kind: "yes_no", label: "Newsletter?", required: true, options: [] },
      {
        id: "q2",
        kind: "multiple_choice",
        label: "Topics",
        required: false,
        options: ["A", "B", "C"],
      },
    ];
    const missing = parseApplicationForm(
      formOf(valid),
      { mode: "peer", questions },
      { requireConsent: true },
    );
    expect(!missing.ok && missing.errors.q_q1).toEqual({ key: "errors.required" });
    const answered = parseApplicationForm(
      formOf({ ...valid, q_q1: "yes", q_q2: ["A", "C"] }),
      { mode: "peer", questions },
      {
        requireConsent: true,
      },
    );
    expect(answered.ok && answered.customAnswers).toEqual({ q1: true, q2: ["A", "C"] });
  });

  it("keeps the stored email when editing and does not ask for consent again", () => {
    const form = formOf({ ...valid, email: "someone-else@example.org", consent: [] });
    const parsed = parseApplicationForm(form, peer, {
      email: "eleni@example.org",
      requireConsent: false,
    });
    expect(parsed.ok && parsed.profile.email).toBe("eleni@example.org");
  });
});
