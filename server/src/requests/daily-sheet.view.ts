import { Nullable, Prop } from '../common/api-views';
import { CHANNELS, type Channel } from './request.entity';
import { DECISIONS, REQUEST_STATUSES, type Decision, type RequestStatus } from './request-lifecycle';

export class DailySheetOffice {
  @Prop(Number) id: number;
  @Prop(String) name: string;
  @Prop(String) code: string;
}

/** A request received on the day. */
export class SheetReceived {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(Date) receivedAt: Date;
  @Prop(String) requesterName: string;
  @Prop(String, { enum: CHANNELS as unknown as string[], enumName: 'Channel' }) channel: Channel;
  @Prop(String) informationRequested: string;
  @Prop(String, { enum: REQUEST_STATUSES as unknown as string[], enumName: 'RequestStatus' }) status: RequestStatus;
  @Prop(String) dueDate: string;
}

/** A request decided on the day, with the working days it took. */
export class SheetDecided {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(String) requesterName: string;
  @Prop(String, { enum: DECISIONS as unknown as string[], enumName: 'Decision' }) decision: Decision;
  @Prop(Number) workingDays: number;
}

/** One SOP step: how many were recorded that day and how many within its standard time. */
export class SheetStep {
  @Prop(Number) step: number;
  @Prop(Number) standardMinutes: number;
  @Prop(Number) recorded: number;
  @Prop(Number) withinStandard: number;
  @Nullable(Number) medianMinutes: number | null;
}

/** Data layanan harian (GET /daily-sheets): what the desk received, decided and handed over on one day. */
export class DailySheetView {
  @Prop(String) date: string;
  @Prop(DailySheetOffice) office: DailySheetOffice;
  @Prop([SheetReceived]) received: SheetReceived[];
  @Prop([SheetDecided]) decided: SheetDecided[];
  @Prop(Number) delivered: number;
  @Prop(Number) openAtEnd: number;
  @Prop(Number) overdueAtEnd: number;
  @Prop([SheetStep]) steps: SheetStep[];
}
