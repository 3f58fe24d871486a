namespace Par.Bot.Hosting;

/// <summary>The sample province of <c>seed-demo</c>: departments of a province after the 2025 reorganisation, and communes.</summary>
internal static class DemoProvince
{
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
