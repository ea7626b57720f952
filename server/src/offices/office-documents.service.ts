import { Injectable } from '@nestjs/common';
import { formatDateId, officeUserListHtml } from '@lentera/reports';
import { AuthUser } from '../common/auth-user';
import { Access } from '../common/access';
import { msg } from '../common/i18n';
import { Permission, ROLE_LABELS, Role } from '../common/permissions';
import { DocumentsService, IssueRequest, subjectKey, verificationOf } from '../documents/documents.service';
import { requireOwnOffice } from '../documents/issuing';
import { UsersService } from '../users/users.service';
import { OfficesService } from './offices.service';

@Injectable()
export class OfficeDocumentsService {
  constructor(
    private readonly offices: OfficesService,
    private readonly users: UsersService,
    private readonly access: Access,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * "Daftar Pengguna Lentera" of an office, signed by the office's Atasan PPID (if any) and the issuing user: issued
   * (numbered) for one's own office, or a DRAF preview of any visible office.
   */
  async userListPdf(actor: AuthUser, officeId: number, mode: 'issue' | 'preview') {
    await this.access.requireOffice(actor, Permission.UserRead, officeId, msg('Kantor', 'Office'));
    if (mode === 'issue') requireOwnOffice(actor, officeId);
    const office = await this.offices.get(actor, officeId);
    const users = await this.users.ofOffice(office.id);
    const issuer = await this.users.findVisible(actor, actor.id);
    const atasan = users.find((u) => u.active && (u.roleRows ?? []).some((r) => r.role === 'atasan'));
    const roleLabels = Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, v.id]));
    const list = users.map((u) => ({
      username: u.username,
      fullName: u.fullName,
      nip: u.nip,
      position: u.position,
      roles: (u.roleRows ?? []).map((r) => r.role as Role).sort(),
      active: u.active,
    }));
    const spec: IssueRequest = {
      office,
      type: 'user-list',
      numberCode: 'DPL',
      subjectKey: subjectKey(`user-list:${office.id}`, {
        list,
        atasan: atasan ? [atasan.id, atasan.fullName, atasan.nip, atasan.position] : null,
        issuer: [issuer.id, issuer.fullName, issuer.nip, issuer.position],
      }),
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
          users: list,
          number: meta.number,
          dateText,
          verification: verificationOf(meta),
          signers,
          roleLabels,
        });
      },
    };
    if (mode === 'preview') return { pdf: await this.documents.preview(spec), number: 'DRAF' };
    const { pdf, record } = await this.documents.issue(actor, spec);
    return { pdf, number: record.number };
  }
}
