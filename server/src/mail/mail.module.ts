import { Global, Module } from '@nestjs/common';
import { loadMailConfig, MAIL_CONFIG } from './mail.config';
import { MailTransport } from './mail-transport';
import { OutboxController } from './outbox.controller';
import { OutboxSender } from './outbox-sender';
import { OutboxService } from './outbox.service';

/** Outbound e-mail: the transactional outbox, its sender, the SMTP transport. */
@Global()
@Module({
  controllers: [OutboxController],
  providers: [{ provide: MAIL_CONFIG, useFactory: () => loadMailConfig() }, MailTransport, OutboxService, OutboxSender],
  exports: [OutboxService, OutboxSender, MAIL_CONFIG],
})
export class MailModule {}
