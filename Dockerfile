# syntax=docker/dockerfile:1
# actorgraph as a small static image: built with the Go toolchain, run from
# distroless/static as an unprivileged user.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/actorgraph ./cmd/actorgraph \
 && mkdir -p /dirs/state /dirs/out

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/actorgraph /usr/local/bin/actorgraph
# Named volumes copy these folders' ownership: writable by nonroot (65532).
COPY --from=build --chown=65532:65532 /dirs/state /state
COPY --from=build --chown=65532:65532 /dirs/out /out
ENV ACTORGRAPH_STATE_DIR=/state
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/actorgraph"]
CMD ["--help"]
