namespace Par.Core; internal static class Placeholder;
