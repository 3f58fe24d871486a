using Par.Bot.Handlers.Routing;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

public static class TasksExtensions
{
    /// <summary>The task register and its handlers: /tasks, the guided form, the task buttons, typed steps, results and the tasks file.</summary>
    public static IHostApplicationBuilder AddParTasks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TaskService>();
        services.AddSingleton<TaskImportService>();

        services.AddSingleton<TaskAssignment>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<TaskLists>();
        services.AddSingleton<TaskWork>();
        services.AddSingleton<TaskTyping>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<TaskTyping>());
        services.AddSingleton<ICallbackHandler, TaskButtons>();
        services.AddSingleton<IDocumentImporter, TaskImporter>();
        services.AddSingleton<NewTaskFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<NewTaskFlow>());
        services.AddSingleton<IFlow, TaskResultFlow>();
        services.AddSingleton<ICallbackHandler, NewTaskButtons>();
        services.AddSingleton<ICallbackHandler, TaskDoneButton>();
        services.AddSingleton<ICommand, TasksCommand>();
        return builder;
    }
}
