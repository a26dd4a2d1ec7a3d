/**
 * The learning rooms' API as the web app sees it (server/learning/schemas.ts is the source;
 * docs/api-learning.md describes each route).
 */
import type { Area } from "../../core/cycle/vocabulary.ts";
import type { StepType } from "../../core/learning/room.ts";
import type { StepTimer } from "../../core/learning/timer.ts";

export type Progress = "not_started" | "in_progress" | "done";
export type SessionMode = "group" | "individual";
export type SessionStatus = "active" | "paused" | "completed";

export interface OfficeRoom {
  id: string;
  area: Area | null;
  order: number;
  title: string;
  summary: string;
  minutes: number;
  stepCount: number;
  progress: Progress;
  lastActivityAt: string | null;
  openSessionId: string | null;
}
export interface Office {
  rooms: OfficeRoom[];
}

export interface OwnQuestion {
  id: string;
  stepId: string;
  text: string;
  minutes: number;
  version: number;
}

export interface RoomStep {
  id: string;
  type: StepType;
  title: string;
  minutes: number;
  html: string;
  video: { src: string; captions: string; transcriptHtml: string } | null;
  illustration: { alt: string } | null;
  sources: { title: string; url: string }[];
  questions: { id: string; text: string; minutes: number; own: boolean }[];
  fields: {
    id: string;
    kind: "risk" | "measure" | "responsible" | "when" | "text";
    label: string;
  }[];
}

export interface RoomView {
  id: string;
  area: Area | null;
  order: number;
  title: string;
  summary: string;
  minutes: number;
  steps: RoomStep[];
  adjustments: {
    hiddenSteps: { id: string; title: string }[];
    allSteps: { id: string; title: string }[];
    ownQuestions: OwnQuestion[];
    discussionSteps: { id: string; title: string }[];
    version: number;
  };
}

export interface PlanItem {
  kind: "risk" | "measure";
  id: string;
  year: number;
  title: string;
}

export interface Note {
  id: string;
  stepId: string;
  itemId: string;
  prompt: string;
  text: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  planItems: PlanItem[];
}

export interface SessionSummary {
  id: string;
  roomId: string;
  roomTitle: string | null;
  mode: SessionMode;
  unitId: string | null;
  unitName: string | null;
  groupName: string;
  participantCount: number;
  status: SessionStatus;
  startedAt: string;
  startedByName: string | null;
  completedAt: string | null;
  noteCount: number;
}

export interface Session extends SessionSummary {
  roomAvailable: boolean;
  participantNames: string;
  locale: "sv" | "en";
  currentStep: string | null;
  timers: Record<string, StepTimer>;
  serverNow: string;
  notes: Note[];
  feedbackCount: number;
  plan: { year: number; started: boolean; closed: boolean; mayDraft: boolean };
  version: number;
}

export interface FeedbackSummary {
  count: number;
  average: number | null;
  distribution: number[] | null;
  suppressed: boolean;
}

export interface Evidence {
  year: number;
  sessions: SessionSummary[];
  rooms: {
    roomId: string;
    title: string;
    completedSessions: number;
    participants: number;
    feedback: FeedbackSummary;
    comments: { text: string; givenOn: string }[];
  }[];
}
