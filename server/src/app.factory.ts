import { INestApplication, Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import * as fs from 'node:fs';
import * as path from 'node:path';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AllExceptionsFilter, toErrorResponse } from './common/exception.filter';
import { langFromHeader } from './common/i18n';
import { ContentTypeInterceptor, rejectPrototypeKeys } from './common/json-guard';
import { ContentRangeInterceptor, PutAsReadInterceptor } from './common/simple-rest';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/config';

export async function createApp(config: AppConfig, ds: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, ds), {
    logger: config.env === 'test' ? ['error'] : ['log', 'warn', 'error'],
    bodyParser: false,
  });
  configureApp(app, config);
  return app;
}

/** Everything about the HTTP surface that the server and the tests share. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const ex = app as NestExpressApplication;
  if (config.trustProxy) ex.set('trust proxy', 1);
  ex.disable('x-powered-by');
  // no ETag computed for every answer: the API's answers are no-store (below), so no browser or proxy keeps one to
  // revalidate, and hashing each body (100 KB for a dashboard) was work for nothing; the console's files carry their own
  // (serve-static) and the portal's pages are small enough to send again
  ex.set('etag', false);
  ex.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // answers are compressed (Brotli or gzip, as the client accepts) once larger than TCP's initial congestion window
  // (10 segments, about 14 KB: anything smaller reaches the client in the first round trip either way, and a
  // compressing stream costs the server ~0.3 ms per answer — a tenth of a registration); files already compressed
  // (PDF, XLSX, images) and the console's precompressed assets are left as they are
  ex.use(compression({ threshold: 14 * 1024 }));
  // personal data and signed-in views must not stay in browser or proxy caches
  ex.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/') && !req.path.startsWith('/api/public/'))
      res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (config.corsOrigins.length) {
    ex.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: ['Content-Range', 'Content-Disposition'],
      credentials: false,
    });
  }
  ex.use(express.json({ limit: '1mb', strict: true }));
  ex.use(express.urlencoded({ extended: false, limit: '100kb' }));
  ex.use(rejectPrototypeKeys);
  ex.setGlobalPrefix('api', {
    exclude: [
      { path: 'verifikasi/:code', method: RequestMethod.GET },
      { path: 'verifikasi/:code', method: RequestMethod.POST },
      { path: 'informasi-publik/:officeCode', method: RequestMethod.GET },
      { path: 'permohonan-informasi', method: RequestMethod.GET },
      { path: 'permohonan-informasi', method: RequestMethod.POST },
      { path: 'lacak', method: RequestMethod.GET },
      { path: 'laporan-tahunan/:officeCode', method: RequestMethod.GET },
      { path: 'portal', method: RequestMethod.GET },
      { path: 'portal/kode', method: RequestMethod.GET },
      { path: 'portal/kode', method: RequestMethod.POST },
      { path: 'portal/masuk', method: RequestMethod.POST },
      { path: 'portal/keluar', method: RequestMethod.POST },
      { path: 'portal/permohonan', method: RequestMethod.GET },
      { path: 'portal/permohonan/:id', method: RequestMethod.GET },
      { path: 'portal/permohonan/:id/berkas', method: RequestMethod.POST },
      { path: 'portal/permohonan/:id/keberatan', method: RequestMethod.POST },
    ],
  });
  ex.useGlobalPipes(createValidationPipe());
  ex.useGlobalInterceptors(new ContentTypeInterceptor(), new PutAsReadInterceptor(), new ContentRangeInterceptor());
  ex.useGlobalFilters(new AllExceptionsFilter());

  // the API's map is for developers: not published by a production server unless ENABLE_API_DOCS=true
  if (config.apiDocs) setupApiDocs(ex);

  serveConsole(ex, config);
}

/** The OpenAPI document of every route (also written by `npm run api:types` for the console's generated types). */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lentera API')
      .setDescription(
        'Layanan informasi publik (PPID) KPU — API. Pesan galat berbahasa Indonesia; kirim `Accept-Language: en` untuk bahasa Inggris.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}

/** Swagger UI at /api/docs, the OpenAPI JSON at /api/docs-json. */
function setupApiDocs(ex: NestExpressApplication): void {
  SwaggerModule.setup('api/docs', ex, apiDocument(ex), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}

/** The built console (admin/dist) at "/", with the single-page fallback for its client-side routes. */
function serveConsole(app: NestExpressApplication, config: AppConfig): void {
  const index = path.join(config.consoleDir, 'index.html');
  if (!fs.existsSync(index)) {
    if (config.env !== 'test') new Logger('Console').warn(`Console not built (${index} missing): run npm run build`);
    return;
  }
  // Vite's hashed assets never change under their name: cached for a year, immutable; everything else (index.html,
  // the favicon) is revalidated. Each asset is served from its build-time .br or .gz twin when the browser accepts it.
  const assets = expressStaticGzip(config.consoleDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res, file) =>
        res.setHeader(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    },
  });
  // an API answer is never a file: no file-system look-up for it (a stat per answer, ~1 ms under load in a profile)
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : assets(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/verifikasi') ||
      req.path.startsWith('/informasi-publik') ||
      req.path.startsWith('/permohonan-informasi') ||
      req.path.startsWith('/lacak') ||
      req.path === '/portal' ||
      req.path.startsWith('/portal/') ||
      req.path.startsWith('/laporan-tahunan')
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Errors raised before Nest's router (malformed JSON, too large bodies) get the same error shape. */
export function installFallbackErrorHandler(app: INestApplication): void {
  (app as NestExpressApplication).use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const { status, body } = toErrorResponse(err, langFromHeader(req.headers['accept-language']));
    res.status(status).json(body);
  });
}
