# syntax=docker/dockerfile:1
#
# Own Voice in one container: Node.js 20 on Debian 12 (bookworm), with Debian's Chromium (letter
# and case-record PDFs), Noto fonts, eSpeak NG (the computer voice) and FFmpeg (evening out
# recordings). The database and every file the app keeps live under /data, a volume.
#
#   docker build -t own-voice .
#   docker run -p 3000:3000 -v own-voice-data:/data own-voice
#
# compose.yaml runs it behind Caddy, which terminates TLS; the README's "Deploying" says how.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency, the production build, then only what runs is kept ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary for this Node; these build it if none fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# tsx stays (it is a production dependency): `npm run admin:create`, `db:backup`, `db:restore`
# and `db:migrate` run TypeScript from app/, db/ and scripts/ inside the container.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
# tini reaps Chromium's child processes and passes SIGTERM on to Node (graceful shutdown).
# fonts-noto-core: Latin (with Vietnamese), Arabic and Ethiopic for anything the PDFs' embedded
# fonts do not cover.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      chromium fonts-noto-core espeak-ng ffmpeg tini \
 && rm -rf /var/lib/apt/lists/*

# A user of its own, with a home for Chromium's and npm's files; the app's files stay root's.
RUN groupadd --system --gid 10001 ownvoice \
 && useradd --system --uid 10001 --gid ownvoice --create-home --home-dir /home/ownvoice \
      --shell /usr/sbin/nologin ownvoice \
 && mkdir -p /data /backups \
 && chown ownvoice:ownvoice /data /backups \
 && chmod 700 /data /backups

WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/server.js /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/app ./app
COPY --from=build /app/db ./db
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/locales ./locales
COPY --from=build /app/public ./public
COPY --from=build /app/docs/glossary ./docs/glossary

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/own-voice.sqlite \
    CHROMIUM_PATH=/usr/bin/chromium \
    NPM_CONFIG_UPDATE_NOTIFIER=false

USER ownvoice
VOLUME ["/data"]
EXPOSE 3000

# /healthz answers "ok" when the app and its database are up. The first start applies migrations
# (and, for a trial on localhost, seeds the demo), hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
# Migrations are applied at start (db/db.server.ts), before the first request is taken.
CMD ["node", "server.js"]
