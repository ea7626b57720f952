import { Global, Module } from '@nestjs/common';
import { loadMailConfig, MAIL_CONFIG } from './mail.config';
import { MailTransport } from './mail-transport';
import { MailTemplatesController } from './mail-templates.controller';
import { MailTemplatesService } from './mail-templates.service';
import { OutboxController } from './outbox.controller';
import { OutboxSender } from './outbox-sender';
import { OutboxService } from './outbox.service';

/** Outbound e-mail: the transactional outbox, its sender, the SMTP transport. */
@Global()
@Module({
  controllers: [OutboxController, MailTemplatesController],
  providers: [
    { provide: MAIL_CONFIG, useFactory: () => loadMailConfig() },
    MailTransport,
    OutboxService,
    OutboxSender,
    MailTemplatesService,
  ],
  exports: [OutboxService, OutboxSender, MailTemplatesService, MAIL_CONFIG],
})
export class MailModule {}
