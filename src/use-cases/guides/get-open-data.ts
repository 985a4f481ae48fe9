/**
 * The open data files: every published guide, and the approved networks of the directory
 * with their public fields, as JSON or CSV with the licence stated (src/domain/guides/open-data.ts).
 */
import {
  guidesCsv,
  guidesJson,
  networksCsv,
  networksJson,
  type OpenDataFile,
} from "../../domain/guides/open-data.ts";
import type { UseCaseDeps } from "../ports.ts";

export async function getOpenDataFile(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "baseUrl">,
  input: { file: OpenDataFile },
): Promise<{ contentType: string; body: string }> {
  const read = deps.uow.read;
  const now = deps.clock.now();
  const json = (value: unknown) => ({
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(value, null, 2)}\n`,
  });
  const csv = (body: string) => ({ contentType: "text/csv; charset=utf-8", body });
  switch (input.file) {
    case "guides.json":
      return json(guidesJson(await read.guides.listAllPublished(), deps.baseUrl, now));
    case "guides.csv":
      return csv(guidesCsv(await read.guides.listAllPublished(), deps.baseUrl));
    case "networks.json":
      return json(networksJson(await read.openData.listOpenNetworks(), deps.baseUrl, now));
    case "networks.csv":
      return csv(networksCsv(await read.openData.listOpenNetworks(), deps.baseUrl));
  }
}
