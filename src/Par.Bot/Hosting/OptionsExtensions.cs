using Microsoft.Extensions.Options;

namespace Par.Bot.Hosting;

public static class OptionsExtensions
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/> and checks its annotations at start, naming the key of any bad value.</summary>
    public static OptionsBuilder<T> AddSection<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
