import type { NetworkFormValues } from "../../../domain/networks/network-input.ts";
import { formText, formTexts } from "../../shared/form-data.ts";

/** The network form's fields as typed, to check (proposeNetwork, updateNetwork) and to show again. */
export function parseNetworkForm(form: FormData): NetworkFormValues {
  return {
    name: formText(form, "name"),
    kind: formText(form, "kind"),
    description: formText(form, "description"),
    country: formText(form, "country"),
    region: formText(form, "region"),
    city: formText(form, "city"),
    online: formText(form, "online"),
    sectors: formTexts(form, "sectors"),
    languages: formTexts(form, "languages").filter((code) => code !== ""),
    websiteUrl: formText(form, "websiteUrl"),
    mailingListUrl: formText(form, "mailingListUrl"),
    blogUrl: formText(form, "blogUrl"),
  };
}
