namespace Par.Bot.Hosting;

/// <summary>
/// The sample province of <c>seed-demo</c>: departments of a province after the 2025 reorganisation, communes, and the
/// people and work of a few of them.
/// </summary>
internal static class DemoProvince
{
    /// <summary>The PAR office official who invited the demo members, assigned their tasks and sent the broadcast.</summary>
    public const long AdminId = 880_000_000;

    /// <summary>The first demo member's user id; ids are far from those of the admins people configure for tests.</summary>
    public const long FirstMemberId = 880_000_001;

    /// <summary>The units that get members, dossiers and tasks; every other one also gets a deputy.</summary>
    public static IReadOnlyList<string> StaffedUnits { get; } =
        ["SNV", "STP", "SXD", "SYT", "P-BINHMINH", "P-QUANGTRUNG", "XA-TANPHUOC", "XA-ANBINH"];

    /// <summary>The unit a newcomer joins as head, with a printed invite code: it has late, due-soon and waiting items.</summary>
    public const string NewcomerUnit = "XA-TANPHUOC";

    public static IReadOnlyList<string> People { get; } =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Thu Dung", "Hoàng Đức Em", "Vũ Thị Giang",
        "Đặng Quốc Huy", "Bùi Thị Lan", "Đỗ Văn Minh", "Hồ Thị Ngọc", "Ngô Thanh Phong", "Dương Thị Quỳnh",
    ];

    public static IReadOnlyList<string> Procedures { get; } =
    [
        "Cấp giấy phép xây dựng", "Đăng ký kinh doanh hộ cá thể", "Chứng thực bản sao", "Đăng ký khai sinh",
        "Cấp phiếu lý lịch tư pháp", "Chuyển mục đích sử dụng đất", "Đăng ký kết hôn", "Cấp giấy chứng nhận quyền sử dụng đất",
    ];

    public static IReadOnlyList<string> Tasks { get; } =
    [
        "Rà soát thủ tục hành chính chưa công khai trên cổng dịch vụ công",
        "Báo cáo số hồ sơ trễ hạn quý và nguyên nhân",
        "Cập nhật danh sách cán bộ một cửa",
        "Số hóa hồ sơ, kết quả giải quyết còn tồn",
        "Gửi kế hoạch cải cách hành chính năm tới",
    ];

    public const string Broadcast =
        "<b>Thông báo</b>: Sở Nội vụ tổ chức tập huấn sử dụng Cổng dịch vụ công cho cán bộ một cửa cấp xã vào 8 giờ thứ Năm tuần tới. " +
        "Đề nghị các đơn vị cử cán bộ tham dự.";

    public const string BroadcastSummary = "Thông báo: tập huấn Cổng dịch vụ công cho cán bộ một cửa cấp xã";

    public static IReadOnlyList<(string Code, string Name)> Departments { get; } =
    [
        ("SNV", "Sở Nội vụ"),
        ("STP", "Sở Tư pháp"),
        ("STC", "Sở Tài chính"),
        ("SXD", "Sở Xây dựng"),
        ("SCT", "Sở Công Thương"),
        ("SNNMT", "Sở Nông nghiệp và Môi trường"),
        ("SGDDT", "Sở Giáo dục và Đào tạo"),
        ("SYT", "Sở Y tế"),
        ("SKHCN", "Sở Khoa học và Công nghệ"),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SDTTG", "Sở Dân tộc và Tôn giáo"),
        ("SNGV", "Sở Ngoại vụ"),
        ("TTT", "Thanh tra tỉnh"),
        ("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("BQLKKT", "Ban Quản lý Khu kinh tế"),
        ("CAT", "Công an tỉnh"),
        ("BHXH", "Bảo hiểm xã hội tỉnh"),
        ("THUE", "Thuế tỉnh"),
        ("HQ", "Chi cục Hải quan khu vực"),
        ("KBNN", "Kho bạc Nhà nước khu vực"),
    ];

    /// <summary>Prefix (<c>Xã</c>, <c>Phường</c>, <c>Đặc khu</c>) and name; codes are made from them without diacritics.</summary>
    public static IReadOnlyList<(string Kind, string Name)> Communes { get; } =
    [
        ("Phường", "Bình Minh"), ("Phường", "Quang Trung"), ("Phường", "Hòa Bình"), ("Phường", "Tân Lập"),
        ("Phường", "Phú Lợi"), ("Phường", "Nam Sơn"), ("Phường", "Bắc Hà"), ("Phường", "Đông Hải"),
        ("Phường", "Tây Lộc"), ("Phường", "Hưng Thịnh"), ("Phường", "An Phú"), ("Phường", "Vĩnh Quang"),
        ("Phường", "Thành Công"), ("Phường", "Hải Châu"), ("Phường", "Sông Cầu"), ("Phường", "Đức Xuân"),
        ("Xã", "Tân Phước"), ("Xã", "An Bình"), ("Xã", "Long Hải"), ("Xã", "Phước Long"),
        ("Xã", "Thạnh Phú"), ("Xã", "Đông Hòa"), ("Xã", "Tây Sơn"), ("Xã", "Hòa Thành"),
        ("Xã", "Phú Lộc"), ("Xã", "Trung Hòa"), ("Xã", "Vĩnh Thạnh"), ("Xã", "Mỹ Thạnh"),
        ("Xã", "Tân Thành"), ("Xã", "Hiệp Hòa"), ("Xã", "Đức Hòa"), ("Xã", "Cẩm Phô"),
        ("Xã", "Sơn Trà"), ("Xã", "Ea Kar"), ("Xã", "Đắk Rồng"), ("Xã", "Krông Pắc"),
        ("Xã", "Quảng Đức"), ("Xã", "Hương Sơn"), ("Xã", "Kỳ Anh"), ("Xã", "Nghĩa Hưng"),
        ("Xã", "Yên Thế"), ("Xã", "Lục Ngạn"), ("Xã", "Bảo Lâm"), ("Xã", "Cát Tiên"),
        ("Xã", "Lộc Ninh"), ("Xã", "Bù Đăng"), ("Xã", "Châu Thành"), ("Xã", "Cái Bè"),
        ("Xã", "Chợ Gạo"), ("Xã", "Gò Công"), ("Xã", "Trà Ôn"), ("Xã", "Mang Thít"),
        ("Xã", "Ngọc Hiển"), ("Xã", "Năm Căn"), ("Xã", "U Minh"), ("Xã", "Hòn Đất"),
        ("Xã", "Giồng Riềng"), ("Xã", "Tam Nông"), ("Đặc khu", "Phú Quý"), ("Đặc khu", "Côn Đảo"),
    ];
}
