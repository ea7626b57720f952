import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { ROLES, ROLE_LABELS } from '../permissions';
import type { lenteraId } from './id';

type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const roles = Object.fromEntries(ROLES.map((role) => [role, ROLE_LABELS[role].en]));

export const lenteraEn: SameShape<typeof lenteraId> = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        username: 'Username',
        password: 'Password',
        fullName: 'Full name',
        nip: 'NIP (civil servant ID)',
        position: 'Position',
        email: 'Email',
        officeId: 'Office',
        office: 'Office',
        'office.name': 'Office',
        roles: 'Roles',
        role: 'Role',
        active: 'Active',
        lastLoginAt: 'Last sign-in',
        passwordChanged: 'Password changed',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    offices: {
      name: 'Office |||| Offices',
      fields: {
        id: 'ID',
        parentId: 'Parent office',
        level: 'Level',
        code: 'Code',
        name: 'Name',
        letterheadLine1: 'Letterhead line 1',
        letterheadLine2: 'Letterhead line 2',
        address: 'Address',
        city: 'City/Regency',
        postalCode: 'Postal code',
        phone: 'Phone',
        email: 'Email',
        website: 'Website',
        timeZone: 'Time zone',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    'audit-logs': {
      name: 'Audit log |||| Audit log',
      fields: {
        id: 'ID',
        at: 'Time',
        userId: 'User ID',
        username: 'User',
        officeId: 'Office',
        action: 'Action',
        entityType: 'Record type',
        entityId: 'Record ID',
        changes: 'Changes',
        ip: 'IP address',
        from: 'From date',
        to: 'To date',
      },
    },
  },
  lentera: {
    app: {
      name: 'Lentera',
      tagline: 'KPU Public Information Service',
      full_title: 'Lentera — KPU Public Information Service',
      legal_basis: 'Public information service under Law No. 14 of 2008 on Public Information Disclosure',
    },
    language: 'Language',
    auth: {
      sign_in_intro: 'Sign in with the account your office administrator gave you.',
      network_error: 'The server cannot be reached. Check your connection and try again.',
      too_many_attempts: 'Too many sign-in attempts. Please wait a moment and try again.',
      server_error: 'The server is having problems. Please try again in a moment.',
      session_expired: 'Your session has ended, please sign in again.',
    },
    roles,
    levels: {
      national: 'KPU RI (national)',
      province: 'Province KPU',
      regency: 'Regency/City KPU',
    },
    time_zones: {
      'Asia/Jakarta': 'WIB — Western Indonesia Time (Asia/Jakarta)',
      'Asia/Makassar': 'WITA — Central Indonesia Time (Asia/Makassar)',
      'Asia/Jayapura': 'WIT — Eastern Indonesia Time (Asia/Jayapura)',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      office: 'Office',
      position: 'Position',
      roles: 'Your roles',
      no_roles: 'No roles yet. Please contact your office administrator.',
      time_zone: 'Office time zone',
      intro:
        "Lentera helps your office's PPID answer public information requests on time, record every SOP step and prepare the service reports.",
      shortcuts: 'Shortcuts',
    },
    users: {
      password_hint: 'At least 12 characters. Use a phrase that is easy to remember but hard to guess.',
      password_edit_hint: 'Leave empty to keep the current password. At least 12 characters.',
      nip_hint: '18 digits; may be left empty for non-civil-servant staff.',
      nip_invalid: 'The NIP must be exactly 18 digits',
      username_readonly: 'The username cannot be changed.',
      roles_required: 'Choose at least one role',
      office_note: 'New users are placed in your office.',
      never: 'Never',
      audit_trail: 'Activity in audit log',
      status_active: 'Active',
      status_inactive: 'Inactive',
      sections: { identity: 'Identity', access: 'Access' },
    },
    offices: {
      letterhead_preview: 'Letterhead preview',
      letterhead_empty: 'No letterhead yet.',
      download_users_pdf: 'Download user list (PDF)',
      downloading: 'Downloading…',
      download_failed: 'Download failed: %{message}',
      parent_none: '— (top level)',
      sections: { identity: 'Office identity', letterhead: 'Letterhead', contact: 'Contact' },
      level_change_note: 'Level and parent office cannot be changed once the office exists.',
    },
    audit: {
      changes: 'Changes',
      field: 'Field',
      old_value: 'Before',
      new_value: 'After',
      no_changes: 'No changes were recorded.',
      empty_value: '(empty)',
      redacted: '(hidden)',
      time_note: "Times are shown in your office's time zone (%{zone}).",
    },
    entity_types: { user: 'User', office: 'Office', document: 'Document' },
    validation: {
      code_invalid: 'The code may only contain letters, digits, dots or hyphens',
      postal_code_invalid: 'A postal code has 5 digits',
      url_invalid: 'The website must start with http:// or https://',
    },
    errors: {
      forbidden: 'You are not allowed to do this.',
    },
  },
};

const en: TranslationMessages = { ...englishMessages, ...lenteraEn };
export default en;
