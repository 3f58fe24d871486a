using Par.Bot.Hosting;

return await ParHost.RunAsync(args);
