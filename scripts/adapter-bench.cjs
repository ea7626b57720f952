/*
 * Express or Fastify under NestJS: what the HTTP adapter alone costs per answer on this machine (issue 19.1).
 * The same Nest app on both (a global guard reading the bearer header, a controller answering a 25-row list page of
 * ~5 KB), one process each, 10 connections for 8 s with autocannon; prints answers per second and the CPU per answer.
 *
 *   npm i --no-save @nestjs/platform-fastify@12.5.0 && node scripts/adapter-bench.cjs
 *
 * (platform-fastify is not a dependency: Lentera runs on Express, see README "Performance".)
 */
require('reflect-metadata');
const { fork } = require('node:child_process');
const fs = require('node:fs');

if (process.argv[2] === 'serve') {
  const { NestFactory, APP_GUARD } = require('@nestjs/core');
  const { Module, Controller, Get, Injectable } = require('@nestjs/common');
  const row = (i) => ({
    id: i,
    number: `REQ-2026-${i}`,
    subject: 'Permohonan salinan dokumen anggaran pemilihan tahun 2024 '.repeat(2),
    status: 'in_process',
    receivedAt: new Date().toISOString(),
    dueDate: '2026-12-20',
    flags: { overdue: false, dueSoon: true },
  });
  const page = { data: Array.from({ length: 25 }, (_, i) => row(i)) };
  class ListController {
    list() {
      return page;
    }
  }
  Controller('x')(ListController);
  Get()(ListController.prototype, 'list', Object.getOwnPropertyDescriptor(ListController.prototype, 'list'));
  class BearerGuard {
    canActivate(ctx) {
      return String(ctx.switchToHttp().getRequest().headers.authorization || '').startsWith('Bearer ');
    }
  }
  Injectable()(BearerGuard);
  class AppModule {}
  Module({ controllers: [ListController], providers: [{ provide: APP_GUARD, useClass: BearerGuard }] })(AppModule);
  (async () => {
    const adapter =
      process.argv[3] === 'fastify' ? new (require('@nestjs/platform-fastify').FastifyAdapter)() : undefined;
    const app = adapter
      ? await NestFactory.create(AppModule, adapter, { logger: false })
      : await NestFactory.create(AppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    process.send({ port: app.getHttpServer().address().port });
  })();
} else {
  const autocannon = require('autocannon');
  const ticks = (pid) => {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (1/100 s)
  };
  (async () => {
    for (const which of ['express', 'fastify', 'express', 'fastify']) {
      const child = fork(__filename, ['serve', which]);
      const { port } = await new Promise((resolve) => child.once('message', resolve));
      const before = ticks(child.pid);
      const r = await autocannon({
        url: `http://127.0.0.1:${port}/x`,
        connections: 10,
        duration: 8,
        headers: { authorization: 'Bearer x' },
      });
      const cpuMs = (ticks(child.pid) - before) * 10;
      console.log(
        `${which.padEnd(8)} ${Math.round(r.requests.average).toLocaleString('en')} answers/s, p50 ${r.latency.p50} ms, ${((cpuMs / r.requests.total) * 1000).toFixed(0)} µs of server CPU per answer`,
      );
      child.kill();
    }
  })();
}
