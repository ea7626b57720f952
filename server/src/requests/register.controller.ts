import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../common/permissions';
import { RegisterRoutes } from '../documents/register-routes';
import { RequestDocumentsService } from './request-documents.service';

/**
 * The register of information requests of an office for a period and a regime (SOP 1 step 6): each regime keeps its
 * own register (REGISTER_TITLES).
 */
@ApiTags('registers')
@Controller('registers')
export class RegisterController extends RegisterRoutes({
  name: 'requests',
  source: RequestDocumentsService,
  permission: Permission.RequestRegister,
  periodOf: 'Tanggal diterima',
  kinds: { general: 'permohonan', election: 'layanan-pemilu' },
  summaries: {
    issue: 'Terbitkan register permohonan (PDF bernomor, kantor sendiri) / issue the request register',
    preview: 'Pratinjau DRAF register permohonan (tidak bernomor) / draft preview of the register',
    xlsx: 'Register permohonan informasi publik (XLSX) / request register as a workbook',
  },
}) {}
