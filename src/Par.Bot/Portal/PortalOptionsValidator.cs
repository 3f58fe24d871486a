using Microsoft.Extensions.Options;
using Par.Core.Portal;
using Quartz;

namespace Par.Bot.Portal;

/// <summary>Refuses at start a fetch setting that could not work, naming its key.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        if (!CronExpression.TryParse(options.FetchCron ?? "", out _))
            return Fail($"FetchCron '{options.FetchCron}' is not a valid cron expression (e.g. \"0 30 6 * * ?\").");
        if (!options.FetchesOnSchedule)
            return ValidateOptionsResult.Success;
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0)
            return Fail($"BaseUrl '{options.BaseUrl}' is not an http(s) address without a query (e.g. \"https://portal.example.gov.vn\"); leave it empty to fetch nothing.");
        if (string.IsNullOrWhiteSpace(options.RootDepartmentId))
            return Fail("RootDepartmentId is empty: set the province's departmentId on the portal, or leave Portal:BaseUrl empty.");
        if (options.ApiKey.Length > 0 && string.IsNullOrWhiteSpace(options.ApiKeyHeader))
            return Fail("ApiKeyHeader is empty: name the header that carries Portal:ApiKey (e.g. \"Authorization\").");
        return ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult Fail(string problem) => ValidateOptionsResult.Fail($"{PortalOptions.Section}:{problem}");
}
