/**
 * What civil servants type into the search, and where each query must land: the page in the top
 * three results and, where there is one, the section among that result's matching sections.
 * Shared by the http test (Pagefind) and the file:// test (the fallback), so both engines are held
 * to the same list. Add a line whenever a reader reports a search that found nothing useful.
 */
export interface SearchCase {
  query: string;
  /** Root-absolute URL of the page that must be in the top 3. */
  page: string;
  /** Id of the section (heading) that must be among that page's matching sections. */
  section?: string;
}

export const searchCases: readonly SearchCase[] = [
  { query: 'pola pikir', page: '/modul/pola-pikir/', section: 'lima-pergeseran-pola-pikir' },
  { query: 'bebas KKN', page: '/modul/pelayanan-integritas/', section: 'pemerintahan-bersih-dan-bebas-kkn' },
  { query: 'SOP AP', page: '/modul/sop-ap/', section: 'apa-itu-sop-ap' },
  { query: 'melayani masyarakat', page: '/modul/pelayanan-integritas/' },
  { query: 'permen 39 2012', page: '/modul/nilai-budaya-kerja/', section: 'permen-panrb-39-tahun-2012' },
  { query: 'Peraturan Menteri PANRB Nomor 39 Tahun 2012', page: '/modul/nilai-budaya-kerja/', section: 'permen-panrb-39-tahun-2012' },
  { query: 'RB', page: '/modul/grand-design/' },
  { query: 'KBK', page: '/modul/kelompok-budaya-kerja/', section: 'apa-itu-kelompok-budaya-kerja' },
  { query: 'kelompok budaya kerja', page: '/modul/kelompok-budaya-kerja/' },
  { query: 'delapan area perubahan', page: '/modul/grand-design/', section: 'delapan-area-perubahan' },
  { query: 'roadmap reformasi birokrasi', page: '/modul/grand-design/', section: 'road-map-tiga-periode' },
  { query: 'evaluasi reformasi birokrasi', page: '/modul/grand-design/', section: 'evaluasi-reformasi-birokrasi' },
  { query: 'Permen PANRB 9 2023', page: '/modul/grand-design/', section: 'evaluasi-reformasi-birokrasi' },
  { query: 'PMPRB', page: '/modul/grand-design/' },
  { query: 'RPJMN 2025-2029', page: '/modul/grand-design/' },
  { query: 'tatalaksana', page: '/modul/grand-design/', section: 'delapan-area-perubahan' },
  { query: 'perpres 81 tahun 2010', page: '/modul/grand-design/' },
  { query: 'BerAKHLAK', page: '/modul/nilai-budaya-kerja/', section: 'berakhlak-sebagai-nilai-dasar-asn' },
  { query: 'berorientasi pelayanan', page: '/modul/nilai-budaya-kerja/', section: 'berorientasi-pelayanan' },
  { query: 'tujuh belas pasang nilai', page: '/modul/nilai-budaya-kerja/', section: 'tujuh-belas-pasang-nilai-dalam-pedoman-2002' },
  { query: 'kepmenpan 25 2002', page: '/modul/nilai-budaya-kerja/' },
  { query: 'dari penguasa menjadi pelayan', page: '/modul/pola-pikir/', section: 'dari-penguasa-menjadi-pelayan' },
  { query: 'mindset', page: '/modul/pola-pikir/' },
  { query: 'agen perubahan', page: '/modul/kelompok-budaya-kerja/', section: 'agen-perubahan-adalah-orang-terpilih' },
  { query: 'nilai instansi', page: '/modul/kelompok-budaya-kerja/', section: 'nilai-instansi-dan-berakhlak' },
  { query: 'internalisasi nilai', page: '/modul/kelompok-budaya-kerja/', section: 'dari-nilai-ke-perilaku-yang-dapat-diamati' },
  { query: 'kepercayaan masyarakat', page: '/modul/pola-pikir/', section: 'mengapa-budaya-kerja-penting-bagi-warga' },
  { query: 'format SOP AP', page: '/modul/sop-ap/', section: 'satu-format-untuk-sop-ap' },
  { query: 'monitoring SOP enam bulan', page: '/modul/sop-ap/', section: 'monitoring-dan-evaluasi' },
  { query: 'rencana aksi', page: '/modul/kelompok-budaya-kerja/', section: 'dari-nilai-ke-rencana-aksi' },
  { query: 'siklus PDCA', page: '/modul/kelompok-budaya-kerja/', section: 'risalah-budaya-kerja-dan-siklus-pdca' },
  { query: 'simbol flowchart', page: '/modul/sop-ap/', section: 'lima-simbol-diagram-alir' },
  { query: 'prinsip penyusunan SOP', page: '/modul/sop-ap/', section: 'delapan-prinsip-penyusunan' },
  { query: 'standar pelayanan', page: '/modul/pelayanan-integritas/', section: 'standar-pelayanan-dan-maklumat-pelayanan' },
  { query: 'dilayani', page: '/modul/pelayanan-integritas/' },
  { query: 'pungli', page: '/modul/pelayanan-integritas/', section: 'hadiah-dan-pungutan' },
  { query: 'gratifikasi', page: '/modul/pelayanan-integritas/', section: 'gratifikasi' },
  { query: 'lapor gratifikasi KPK', page: '/modul/pelayanan-integritas/', section: 'wajib-lapor-paling-lambat-30-hari-kerja' },
  { query: 'amplop pernikahan', page: '/modul/pelayanan-integritas/', section: 'dua-kasus' },
  { query: 'bolos kerja', page: '/modul/pelayanan-integritas/', section: 'hukuman-untuk-tidak-masuk-kerja' },
  { query: 'pegawai jarang masuk kantor', page: '/modul/pelayanan-integritas/' },
  { query: 'netralitas ASN', page: '/modul/pelayanan-integritas/', section: 'netralitas-asn' },
  { query: 'hukuman disiplin PNS', page: '/modul/pelayanan-integritas/', section: 'tingkat-dan-jenis-hukuman-disiplin' },
  { query: 'PP 94 2021', page: '/modul/pelayanan-integritas/' },
  { query: 'kode etik', page: '/modul/pelayanan-integritas/', section: 'kode-etik-dan-kode-perilaku' },
  { query: 'jam kerja', page: '/modul/pelayanan-integritas/', section: 'masuk-kerja-dan-jam-kerja' },
  { query: 'pretest', page: '/panduan-fasilitator/', section: 'pre-test-dan-post-test' },
  { query: 'presentasi tanpa internet', page: '/panduan-fasilitator/', section: 'persiapan-di-aula-tanpa-internet' },
  { query: 'laporan kegiatan sosialisasi', page: '/panduan-fasilitator/', section: 'melaporkan-kegiatan' },
  { query: 'tupoksi', page: '/glosarium/' },
  { query: 'WTP', page: '/glosarium/' },
];
