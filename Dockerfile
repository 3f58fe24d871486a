# Build: the SDK image restores and publishes the bot.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props .editorconfig Par.sln appsettings.json ./
COPY src/Par.Core/Par.Core.csproj src/Par.Core/
COPY src/Par.Bot/Par.Bot.csproj src/Par.Bot/
RUN dotnet restore src/Par.Bot/Par.Bot.csproj
COPY src/ src/
RUN dotnet publish src/Par.Bot/Par.Bot.csproj -c Release -o /app --no-restore

# Run: the ASP.NET Core runtime (Kestrel serves the webhook, health and metrics) with time-zone data
# (Asia/Ho_Chi_Minh) and a font with Vietnamese glyphs for charts.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata fonts-dejavu-core libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The LiteDB file lives on a volume so it outlives the container.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
# Web:Urls decides where Kestrel listens; the image's own ASPNETCORE_HTTP_PORTS would only add a warning.
ENV Storage__Path=/data/par.db \
    Web__Urls=http://0.0.0.0:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_gcServer=0
EXPOSE 8080
USER app
# The image has no curl or wget: the bot asks its own /readyz on loopback and exits 0 when ready.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "Par.Bot.dll", "healthcheck"]
# SIGTERM (docker stop) shuts the host down gracefully: the update in hand finishes, the scheduler stops, the store closes.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "Par.Bot.dll"]
