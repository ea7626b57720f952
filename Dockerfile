# Lentera server + console: Node 22 LTS, Debian's Chromium and the fonts the documents use. Runs as the unprivileged
# user `node`; the application files belong to root and are read-only for it, only /app/data is writable.
# Build: docker build -t lentera .   (the .dockerignore keeps node_modules, builds, data, secrets and tests' output out)

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY admin/package.json admin/
COPY reports/package.json reports/
COPY test/package.json test/
# puppeteer-core never downloads a browser; the image uses Debian's Chromium
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY server server
COPY reports reports
COPY admin admin
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji tini curl \
 && rm -rf /var/lib/apt/lists/*
# HOST: listen on every interface inside the container (the server's own default is 127.0.0.1)
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CHROMIUM_PATH=/usr/lib/chromium/chromium
WORKDIR /app
# only what runs: production dependencies, the built server, PDF templates and console (no sources, no tests)
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/reports/package.json reports/
COPY --from=build /app/reports/dist reports/dist
COPY --from=build /app/admin/dist admin/dist
# issued PDFs and uploads (FILES_DIR): a volume, shared by every server instance; the only place the app writes
RUN mkdir -p /app/data/files && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:3000/api/health || exit 1
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "server/dist/main.js"]
