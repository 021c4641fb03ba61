# e-Westhoek: multi-stage image. The build stage mirrors .ci/install (the same
# pinned tool versions); the runtime stage holds only the server binary, the
# built site and the CA certificates, and runs as an unprivileged user.
#   docker build -t e-westhoek .
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://… e-westhoek

FROM rust:1-bookworm AS build
ENV CARGO_TERM_COLOR=never
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm brotli \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32-unknown-unknown \
 && cargo install cargo-leptos --locked --version 0.3.10 \
 && cargo install wasm-bindgen-cli --version 0.2.130 \
 && npm install --silent --no-audit --no-fund --prefix /opt/tools binaryen@132.0.0
ENV PATH=/opt/tools/node_modules/.bin:$PATH
WORKDIR /src
COPY . .
RUN . .ci/env \
 && cargo leptos build --release \
 && precompress_site target/site

FROM debian:bookworm-slim AS runtime
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin ewesthoek
WORKDIR /app
COPY --from=build /src/target/release/server /app/server
COPY --from=build /src/target/release/hash.txt /app/hash.txt
COPY --from=build /src/target/site /app/site
COPY --from=build /src/server/config/production.toml /app/config/production.toml
ENV APP_CONFIG=/app/config/production.toml \
    LEPTOS_OUTPUT_NAME=ewesthoek \
    LEPTOS_SITE_ROOT=/app/site \
    LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_SITE_ADDR=0.0.0.0:8080 \
    LEPTOS_HASH_FILES=true \
    LEPTOS_ENV=PROD \
    RUST_LOG=info
USER ewesthoek
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/server", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/server"]
CMD ["serve"]
