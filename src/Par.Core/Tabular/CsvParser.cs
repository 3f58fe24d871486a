namespace Par.Core.Tabular;

/// <summary>
/// RFC 4180 records from a text stream: comma or semicolon delimiter (detected from the first
/// non-blank line), quoted fields with embedded delimiters, doubled quotes and line breaks,
/// CRLF, LF or CR line ends. Fields come back trimmed. Reads in blocks; one record in memory at a time.
/// </summary>
internal sealed class CsvParser
{
    private const int Eof = -1;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private char[] _field = new char[256];
    private int _fieldLength;
    private int _position;
    private int _length;

    public CsvParser(TextReader reader)
    {
        this._reader = reader;
        Fill();
        Delimiter = DetectDelimiter(_buffer.AsSpan(0, _length));
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
        _fieldLength = 0;
        if (Peek() == '"')
        {
            _position++;
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
                    _position++;
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

                _position++;
            }

            Append((char)c);
        }
    }

    private void Emit(List<string> fields)
    {
        var text = _field.AsSpan(0, _fieldLength).Trim();
        fields.Add(text.IsEmpty ? "" : new string(text));
    }

    private void Append(char c)
    {
        if (_fieldLength == _field.Length)
        {
            Array.Resize(ref _field, _field.Length * 2);
        }

        _field[_fieldLength++] = c;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : Eof;

    private int Read() => _position < _length || Fill() ? _buffer[_position++] : Eof;

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
