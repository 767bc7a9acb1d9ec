# The hosted sync service (server/hosted), for many users on PostgreSQL.
# Build: docker build -t nextround-sync .
# Run:   docker run --env-file sync.env -p 8787:8787 nextround-sync
# The image holds no secrets: GOOGLE_CLIENT_SECRET, TOKEN_KEYS and DATABASE_URL come from the environment.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds a native module when no prebuilt one matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --include=dev
COPY tsconfig.base.json tsconfig.json ./
COPY scripts/build-server.mjs scripts/server-bundle-freshness.mjs ./scripts/
COPY shared ./shared
COPY server ./server
# One build for every Node program (scripts/build-server.mjs, what `npm start` runs too): our code bundled
# and split (PostgreSQL-only and first-call code loads on demand); packages stay in node_modules.
# Building here, not in a prepare/postinstall script: npm ci above runs before the sources are copied.
RUN node scripts/build-server.mjs && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 NEXTROUND_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8787
# /readyz: the database answers; a load balancer should route on it.
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node receives SIGTERM directly (no npm wrapper), so the graceful shutdown runs.
CMD ["node", "dist/server/hosted.mjs"]
