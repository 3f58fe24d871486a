using Par.Bot.Handlers.Routing;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

public static class TasksExtensions
{
    /// <summary>The task service and its handlers: /tasks, the guided form, done buttons and typed results.</summary>
    public static IHostApplicationBuilder AddParTasks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TaskService>();

        services.AddSingleton<TaskAssignment>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<NewTaskFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<NewTaskFlow>());
        services.AddSingleton<IFlow, TaskResultFlow>();
        services.AddSingleton<ICallbackHandler, NewTaskButtons>();
        services.AddSingleton<ICallbackHandler, TaskDoneButton>();
        services.AddSingleton<ICommand, TasksCommand>();
        return builder;
    }
}
