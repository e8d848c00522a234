from convoy.samples import sample_paths


def test_sample_paths_lists_the_three_missions_in_load_order():
    assert [path.name for path in sample_paths()] == [
        "convoy-california-2023.json",
        "maen-sacramento.json",
        "aguascalientes-japan.json",
    ]


def test_sample_paths_point_at_files_of_the_package():
    assert all(path.is_file() and path.parent.name == "samples" for path in sample_paths())
