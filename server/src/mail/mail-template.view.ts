import { Bilingual, Prop } from '../common/api-views';
import { MESSAGE_KINDS } from './mail-templates';

/** The editable wording of one message: its subject, and the text before and after the fixed legal part. */
export class TemplateTextView {
  @Prop(String) subject: string;
  @Prop(String) intro: string;
  @Prop(String) closing: string;
}

/** One message in one language as the office sends it (GET /mail-templates): its own wording or the default. */
export class MailTemplateView extends TemplateTextView {
  @Prop(String, { enum: MESSAGE_KINDS as unknown as string[], enumName: 'MessageKind' }) kind: string;
  @Prop(String, { enum: ['id', 'en'] }) lang: 'id' | 'en';
  @Prop(Bilingual) label: Bilingual;
  /** the office has written its own wording */
  @Prop(Boolean) custom: boolean;
  @Prop(TemplateTextView) default: TemplateTextView;
}
