/**
 * The page's worker: every file is read and every document made here, off the page's thread, so that no file can
 * freeze the page (and the page can stop a worker that takes too long). It answers each request of the page with
 * the engine's reply; only a bug makes it answer `failed`.
 */
import template2019 from "../../templates/2019.docx";
import template2021 from "../../templates/2021.docx";
import { runRequest, type EngineReply, type EngineRequest } from "./engine.js";

export interface WorkerRequest {
  id: number;
  request: EngineRequest;
}

export interface WorkerReply {
  id: number;
  reply: EngineReply | { kind: "failed"; detail: string };
}

const context = { templates: { "2019": template2019, "2021": template2021 }, version: NIANBAO_VERSION };

const scope = self as unknown as {
  onmessage: (event: MessageEvent<WorkerRequest>) => void;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = async ({ data: { id, request } }) => {
  try {
    // Copied, not transferred: a file's bytes may share their buffer with another's.
    scope.postMessage({ id, reply: await runRequest(request, context) });
  } catch (error) {
    scope.postMessage({ id, reply: { kind: "failed", detail: error instanceof Error ? error.message : String(error) } });
  }
};
