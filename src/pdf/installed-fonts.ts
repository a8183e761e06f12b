import { spawn } from "node:child_process";

/**
 * The font families installed on this machine, as fontconfig lists them (`fc-list : family`, one face per
 * line, its names separated by commas). Empty where fontconfig is absent (Windows, macOS): no substitution.
 */
export function installedFamilies(fcList = "fc-list"): Promise<Set<string>> {
  // Fonts do not change while the tool runs: list them once per process, not once per conversion.
  let listed = listings.get(fcList);
  if (!listed) listings.set(fcList, (listed = listFamilies(fcList)));
  return listed;
}

const listings = new Map<string, Promise<Set<string>>>();

function listFamilies(fcList: string): Promise<Set<string>> {
  return new Promise((resolve) => {
    const child = spawn(fcList, [":", "family"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", () => resolve(new Set()));
    child.on("close", () =>
      resolve(
        new Set(
          out
            .split("\n")
            .flatMap((line) => line.split(","))
            .map((name) => name.replace(/\\/g, "").trim())
            .filter(Boolean),
        ),
      ),
    );
  });
}
