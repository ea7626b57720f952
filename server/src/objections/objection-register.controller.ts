import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../common/permissions';
import { RegisterRoutes } from '../documents/register-routes';
import { ObjectionDocumentsService } from './objection-documents.service';

/** The objection register of an office for a period and a regime (UU KIP Pasal 35–37). */
@ApiTags('registers')
@Controller('registers')
export class ObjectionRegisterController extends RegisterRoutes({
  name: 'objections',
  source: ObjectionDocumentsService,
  permission: Permission.ObjectionRead,
  periodOf: 'Tanggal keberatan diajukan',
  kinds: { general: 'keberatan', election: 'keberatan-pemilu' },
  summaries: {
    issue: 'Terbitkan register keberatan (PDF bernomor, kantor sendiri) / issue the objection register',
    preview: 'Pratinjau DRAF register keberatan (tidak bernomor) / draft preview of the register',
    xlsx: 'Register keberatan (XLSX) / objection register as a workbook',
  },
}) {}
