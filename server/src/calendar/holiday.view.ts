import { Prop, NamedDate } from '../common/api-views';

/** What a pre-fill from date-holidays added (or would add, on a dry run), and how many it skipped. */
export class HolidayPrefillView {
  @Prop([NamedDate]) added: NamedDate[];
  @Prop(Number) skipped: number;
}
