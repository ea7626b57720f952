// The answers of GET /api/metrics/* (server/src/metrics/metrics.service.ts and metrics-math.ts).

export type Counts = Record<string, number>;

export interface MetricsOffice {
  id: number;
  code: string;
  name: string;
  level: 'national' | 'province' | 'regency';
  parentId: number | null;
}

export interface StepFigures {
  step: 1 | 2 | 3;
  measured: number;
  withinStandard: number;
  /** 0..1, null when nothing was measured */
  share: number | null;
  medianMinutes: number | null;
}

export interface Figures {
  received: { total: number; byChannel: Counts; byRequesterType: Counts };
  decided: { total: number; byOutcome: Counts };
  timeliness: {
    within10: number;
    within17: number;
    late: number;
    /** 0..1 (four decimals), null without decisions */
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  steps: StepFigures[];
  objections: { received: number; decided: number; byDecision: Counts };
  disputes: { filed: number; concluded: number };
}

export interface Summary extends Figures {
  office: MetricsOffice;
  officeCount: number;
  from: string;
  to: string;
  queue: { open: number; overdue: number };
}

export interface DayRow extends Figures {
  date: string;
  open: number;
  overdue: number;
}

export interface Daily {
  office: MetricsOffice;
  from: string;
  to: string;
  days: DayRow[];
}

export interface MonthRow extends Figures {
  month: string;
  open: number;
  overdue: number;
}

export interface Monthly {
  office: MetricsOffice;
  from: string;
  to: string;
  months: MonthRow[];
}

export interface OfficeFigures extends Figures {
  office: MetricsOffice;
  officeCount: number;
  queue: { open: number; overdue: number };
}

export interface Comparison {
  office: MetricsOffice;
  from: string;
  to: string;
  own: OfficeFigures;
  children: OfficeFigures[];
}
