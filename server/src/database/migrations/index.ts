import { Foundation1763900000000 } from './1763900000000-Foundation';
import { Requests1763990000000 } from './1763990000000-Requests';
import { Objections1764000000000 } from './1764000000000-Objections';
import { Dip1764100000000 } from './1764100000000-Dip';
import { Metrics1764200000000 } from './1764200000000-Metrics';
import { MonthlyReports1764300000000 } from './1764300000000-MonthlyReports';
import { SigningCertificates1764400000000 } from './1764400000000-SigningCertificates';
import { MetricsMonthly1764350000000 } from './1764350000000-MetricsMonthly';
import { AnnualReports1764500000000 } from './1764500000000-AnnualReports';
import { AnnualEditions1764600000000 } from './1764600000000-AnnualEditions';
import { RequestsOfficeReceivedAt1764700000000 } from './1764700000000-RequestsOfficeReceivedAt';
import { TrustAndClocks1765000000000 } from './1765000000000-TrustAndClocks';
import { Outbox1765700000000 } from './1765700000000-Outbox';
import { DailyDigest1765900000000 } from './1765900000000-DailyDigest';
import { ConfigVersion1766000000000 } from './1766000000000-ConfigVersion';
import { MetricsDigest1766100000000 } from './1766100000000-MetricsDigest';
import { UserAuthVersion1766200000000 } from './1766200000000-UserAuthVersion';
import { RequestsOpenByEnd1766300000000 } from './1766300000000-RequestsOpenByEnd';
import { RequesterVersionsByOfficeName1766400000000 } from './1766400000000-RequesterVersionsByOfficeName';
import { RequestSearchIndex1766500000000 } from './1766500000000-RequestSearchIndex';
import { MetricsMonthIndex1766600000000 } from './1766600000000-MetricsMonthIndex';
import { RequesterMail1765800000000 } from './1765800000000-RequesterMail';
import { RefreshTokenFamilies1765300000000 } from './1765300000000-RefreshTokenFamilies';
import { MetricsByRegime1765400000000 } from './1765400000000-MetricsByRegime';
import { ClockBackfill1765500000000 } from './1765500000000-ClockBackfill';

/** Ordered list of migrations; each runs on MySQL/MariaDB and on SQLite. */
export const MIGRATIONS = [
  Foundation1763900000000,
  Requests1763990000000,
  Objections1764000000000,
  Dip1764100000000,
  Metrics1764200000000,
  MonthlyReports1764300000000,
  MetricsMonthly1764350000000,
  SigningCertificates1764400000000,
  AnnualReports1764500000000,
  AnnualEditions1764600000000,
  RequestsOfficeReceivedAt1764700000000,
  TrustAndClocks1765000000000,
  RefreshTokenFamilies1765300000000,
  MetricsByRegime1765400000000,
  ClockBackfill1765500000000,
  Outbox1765700000000,
  RequesterMail1765800000000,
  DailyDigest1765900000000,
  ConfigVersion1766000000000,
  MetricsDigest1766100000000,
  UserAuthVersion1766200000000,
  RequestsOpenByEnd1766300000000,
  RequesterVersionsByOfficeName1766400000000,
  RequestSearchIndex1766500000000,
  MetricsMonthIndex1766600000000,
];
