# Build: the SDK image restores and publishes the bot.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props .editorconfig Par.sln appsettings.json ./
COPY src/Par.Core/Par.Core.csproj src/Par.Core/
COPY src/Par.Bot/Par.Bot.csproj src/Par.Bot/
RUN dotnet restore src/Par.Bot/Par.Bot.csproj
COPY src/ src/
RUN dotnet publish src/Par.Bot/Par.Bot.csproj -c Release -o /app --no-restore

# Run: the slim runtime with time-zone data (Asia/Ho_Chi_Minh) and a font with Vietnamese glyphs for charts.
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata fonts-dejavu-core libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The LiteDB file lives on a volume so it outlives the container.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
ENV Storage__Path=/data/par.db \
    DOTNET_gcServer=0
USER app
# SIGTERM (docker stop) shuts the host down gracefully: the update in hand finishes, the scheduler stops, the store closes.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "Par.Bot.dll"]
