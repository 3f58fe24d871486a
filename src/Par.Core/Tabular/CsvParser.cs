namespace Par.Core.Tabular;

/// <summary>
/// RFC 4180 records from a text stream: comma or semicolon delimiter (detected from the first
/// non-blank line), quoted fields with embedded delimiters, doubled quotes and line breaks,
/// CRLF, LF or CR line ends. Fields come back trimmed. Reads in blocks; one record in memory at a time.
/// </summary>
internal sealed class CsvParser
{
    private const int Eof = -1;

    private readonly TextReader reader;
    private readonly char[] buffer = new char[16 * 1024];
    private char[] field = new char[256];
    private int fieldLength;
    private int position;
    private int length;

    public CsvParser(TextReader reader)
    {
        this.reader = reader;
        Fill();
        Delimiter = DetectDelimiter(buffer.AsSpan(0, length));
    }

    public char Delimiter { get; }

    /// <summary>True when the last record read ended inside an unterminated quoted field.</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryReadRecord(List<string> fields)
    {
        fields.Clear();
        if (Peek() == Eof)
        {
            return false;
        }

        while (ReadField(fields))
        {
        }

        return true;
    }

    /// <summary>The delimiter that occurs more often, outside quotes, in the first non-blank line.</summary>
    internal static char DetectDelimiter(ReadOnlySpan<char> text)
    {
        int commas = 0, semicolons = 0;
        bool quoted = false, lineHasText = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '\n' or '\r')
            {
                if (lineHasText)
                {
                    break;
                }

                continue;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (c == ';')
            {
                semicolons++;
            }

            lineHasText |= !char.IsWhiteSpace(c);
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads one field; true when another field of the same record follows.</summary>
    private bool ReadField(List<string> fields)
    {
        fieldLength = 0;
        if (Peek() == '"')
        {
            position++;
            ReadQuoted();
        }

        while (true)
        {
            var c = Read();
            if (c == Delimiter)
            {
                Emit(fields);
                return true;
            }

            if (c is Eof or '\n' or '\r')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    position++;
                }

                Emit(fields);
                return false;
            }

            Append((char)c);
        }
    }

    private void ReadQuoted()
    {
        while (true)
        {
            var c = Read();
            if (c == Eof)
            {
                EndedInsideQuotes = true;
                return;
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return;
                }

                position++;
            }

            Append((char)c);
        }
    }

    private void Emit(List<string> fields)
    {
        var text = field.AsSpan(0, fieldLength).Trim();
        fields.Add(text.IsEmpty ? "" : new string(text));
    }

    private void Append(char c)
    {
        if (fieldLength == field.Length)
        {
            Array.Resize(ref field, field.Length * 2);
        }

        field[fieldLength++] = c;
    }

    private int Peek() => position < length || Fill() ? buffer[position] : Eof;

    private int Read() => position < length || Fill() ? buffer[position++] : Eof;

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}
