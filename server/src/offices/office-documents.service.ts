import { Injectable } from '@nestjs/common';
import { formatDateId, officeUserListHtml } from '@lentera/reports';
import { AuthUser } from '../common/auth-user';
import { OfficeAccess } from '../common/office-access.service';
import { msg } from '../common/i18n';
import { ROLE_LABELS, Role } from '../common/permissions';
import { DocumentsService } from '../documents/documents.service';
import { UsersService } from '../users/users.service';
import { OfficesService } from './offices.service';

@Injectable()
export class OfficeDocumentsService {
  constructor(
    private readonly offices: OfficesService,
    private readonly users: UsersService,
    private readonly access: OfficeAccess,
    private readonly documents: DocumentsService,
  ) {}

  /** "Daftar Pengguna Lentera" of an office, signed by the office's Atasan PPID (if any) and the issuing user. */
  async userListPdf(actor: AuthUser, officeId: number) {
    await this.access.assertRead(actor, officeId, msg('Kantor', 'Office'));
    const office = await this.offices.get(actor, officeId);
    const users = await this.users.ofOffice(office.id);
    const issuer = await this.users.findVisible(actor, actor.id);
    const atasan = users.find((u) => u.active && (u.roleRows ?? []).some((r) => r.role === 'atasan'));
    const roleLabels = Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, v.id]));
    return this.documents.issue(actor, {
      office,
      type: 'user-list',
      numberCode: 'DPL',
      title: `Daftar Pengguna Lentera ${office.name}`,
      html: async (meta) => {
        const dateText = formatDateId(meta.issuedAt, office.timeZone);
        const place = office.city ?? office.name;
        const signers = [
          ...(atasan
            ? [
                {
                  role: 'Mengetahui,',
                  position: atasan.position ?? 'Atasan PPID',
                  name: atasan.fullName,
                  nip: atasan.nip,
                },
              ]
            : []),
          {
            role: 'Dibuat oleh,',
            position: issuer.position ?? 'Pengelola Sistem',
            name: issuer.fullName,
            nip: issuer.nip,
            place,
            date: dateText,
          },
        ];
        return officeUserListHtml({
          office,
          users: users.map((u) => ({
            username: u.username,
            fullName: u.fullName,
            nip: u.nip,
            position: u.position,
            roles: (u.roleRows ?? []).map((r) => r.role as Role).sort(),
            active: u.active,
          })),
          number: meta.number,
          dateText,
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers,
          roleLabels,
        });
      },
    });
  }
}
